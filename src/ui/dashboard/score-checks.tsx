import { useId } from 'react';
import type { ScoreChecks } from '../../export/records';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const fileOf = (source: string | null) => source ?? 'another source';

/**
 * What the dashboard checked about the scores it shows: each attempt is
 * re-scored from its transcript, and what that cannot prove is said plainly.
 */
export function ScoreChecksPanel({ checks }: { checks: ScoreChecks }) {
  const headingId = useId();
  const { verified, mismatched, cannotVerify, unchecked, flagged, conflicts } = checks;
  return (
    <section className="panel dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Score checks</h2>
      <p>
        Every attempt loaded from a file is scored again from its transcript, with the version of the scenario it names. The tables and
        charts use these scores, not the ones written in the files.
      </p>
      <ul className="dashboard-check-counts">
        <li>{plural(verified, 'attempt')}: score checked against the transcript.</li>
        {mismatched > 0 && <li>{plural(mismatched, 'attempt')}: the file claims a score its transcript does not give (listed below).</li>}
        {cannotVerify > 0 && (
          <li>
            {plural(cannotVerify, 'attempt')}: cannot verify, because this scenario version is not in this app. Their scores are shown as
            the files claim them.
          </li>
        )}
        {unchecked > 0 && <li>{plural(unchecked, 'attempt')} from the Learning Record Store: not checked (no transcript).</li>}
      </ul>
      <p className="muted">
        A checked score follows from the choices in its transcript. It does not show who made those choices: anyone can write a file in a
        trainee’s name with choices that are possible.
      </p>
      {flagged.length > 0 && (
        <div className="dashboard-rejected">
          <h3>Scores that do not match their transcript</h3>
          <ul>
            {flagged.map((entry, index) => (
              <li key={`${entry.attemptId}-${index}`}>
                <strong>{entry.traineeName}</strong>, {entry.scenarioTitle} ({fileOf(entry.source)}): {entry.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      {conflicts.length > 0 && (
        <div className="dashboard-rejected">
          <h3>Conflicting records</h3>
          <p>
            These attempts appear in more than one file with different contents. Every version is shown and counted; none was dropped. Load
            the files again without the wrong one to settle it.
          </p>
          <ul>
            {conflicts.map((conflict) => (
              <li key={conflict.attemptId}>
                Attempt {conflict.attemptId}:{' '}
                {conflict.records
                  .map((record) => `${record.traineeName} in ${fileOf(record.source)} (score ${record.overall ?? 'none'})`)
                  .join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
