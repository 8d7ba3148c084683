import './debrief.css';
import type { Dimension } from '../../engine';
import { hrefFor } from '../app/parse-route';
import { PageHeading } from '../common/page-heading';
import { OUTCOME_LABELS } from '../scenarios/labels';
import { useAttempt } from './use-attempt';

const DIMENSION_LABELS: Record<Dimension, string> = {
  goals: 'Agreement on goals',
  tasks: 'Agreement on tasks',
  bond: 'Bond',
  trust: 'Trust',
  communication: 'Communication',
};

/** #/debrief/<attemptId>: the summary first — outcome, overall score, the five dimensions. */
export function DebriefPage({ attemptId }: { attemptId: string }) {
  const state = useAttempt(attemptId);
  if (state.kind === 'loading') return <p className="loading">Loading the debrief…</p>;
  if (state.kind === 'missing') {
    return (
      <section className="panel">
        <PageHeading>Debrief not found</PageHeading>
        <p>This attempt is not saved for the current profile. It may belong to another profile on this device.</p>
        <p>
          <a href="#/history">Go to your history</a>
        </p>
      </section>
    );
  }
  const { record, ending } = state;
  const title = ending?.title ?? record.scenarioTitle;
  const score = record.score;
  return (
    <article className="debrief">
      <PageHeading title={`Debrief: ${title}`}>
        Debrief: {title}
        {record.status === 'abandoned' && <span className="muted"> (ended early)</span>}
      </PageHeading>
      <p className="muted">
        {record.scenarioTitle} · {new Date(record.finishedAt).toLocaleString()}
      </p>
      <section className="panel debrief-summary" aria-labelledby="summary-title">
        <h2 id="summary-title">Summary</h2>
        <p className="debrief-outcome">
          {record.outcome ? OUTCOME_LABELS[record.outcome] : 'No ending reached'}
        </p>
        {ending && <p>{ending.text}</p>}
        {score ? (
          <>
            <p className="debrief-overall">
              Overall score <strong>{Math.round(score.overall)}</strong> / 100
            </p>
            <table className="dimension-table">
              <caption className="visually-hidden">Score per alliance dimension, out of 100</caption>
              <thead>
                <tr>
                  <th scope="col">Dimension</th>
                  <th scope="col">Score</th>
                </tr>
              </thead>
              <tbody>
                {score.dimensions.map((d) => (
                  <tr key={d.dimension}>
                    <th scope="row">{DIMENSION_LABELS[d.dimension]}</th>
                    <td>
                      <span className="dimension-bar" aria-hidden="true">
                        <span style={{ transform: `scaleX(${d.score / 100})` }} />
                      </span>
                      {Math.round(d.score)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p>This attempt has no score: it ended before the conversation reached an ending.</p>
        )}
      </section>
      <p className="debrief-actions">
        <a className="button button-primary" href={hrefFor({ name: 'play', scenarioId: record.scenarioId })}>
          Try this scenario again
        </a>
        <a className="button" href="#/">
          Back to the library
        </a>
        <a className="button" href="#/history">
          Your history
        </a>
      </p>
    </article>
  );
}
