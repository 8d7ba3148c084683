import type { PackCheckOutcome } from './pack-check-types';

type Rejected = Extract<PackCheckOutcome, { ok: false }>;

/** Why a pack was turned away: every problem in plain words, each checker error with where it is and how to fix it. */
export function PackRejection({ name, outcome }: { name: string; outcome: Rejected }) {
  return (
    <section className="panel pack-rejected" aria-labelledby="pack-rejected-title">
      <h2 id="pack-rejected-title">“{name}” was not added</h2>
      <p>
        Nothing from this pack was kept. Send this list to whoever published it; they can fix it on the Author page and publish it again.
      </p>
      {outcome.problems.length > 0 && (
        <ul>
          {outcome.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {outcome.scenarios.map((scenario) => (
        <div key={scenario.file} className="pack-rejected-file">
          <h3>{scenario.file}</h3>
          <ul>
            {scenario.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
            {scenario.diagnostics.map((d) => (
              <li key={`${d.code}:${d.line}:${d.col}:${d.message}`}>
                <strong>
                  Line {d.line}, column {d.col}: {d.title}
                </strong>{' '}
                ({d.code}). {d.message}
                <br />
                <span className="muted">How to fix it: {d.fix}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
