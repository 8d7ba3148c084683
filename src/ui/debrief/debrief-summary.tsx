import { DIMENSION_LABELS, type Debrief, type ScoreCard, type SessionView } from '../../engine/trainee';
import type { AttemptRecord } from '../../storage/storage.types';
import { BarChart } from '../charts/bar-chart';
import { OUTCOME_LABELS } from '../scenarios/labels';

interface Props {
  record: AttemptRecord;
  ending: SessionView['ending'];
  score: ScoreCard | null;
  debrief: Debrief | null;
}

/**
 * Summary first: how it ended, what happens next, and the overall score with
 * how it follows from the five dimensions. What each dimension measured sits
 * behind a disclosure.
 */
export function DebriefSummary({ record, ending, score, debrief }: Props) {
  const outcome = record.outcome ? OUTCOME_LABELS[record.outcome] : record.status === 'abandoned' ? 'Ended early' : 'No ending reached';
  return (
    <section className="panel debrief-summary" aria-labelledby="summary-title">
      {/* The outcome badge leads visually; the heading names the region for screen readers. */}
      <h2 id="summary-title" className="visually-hidden">
        Summary
      </h2>
      <div className="debrief-summary-grid">
        <div className="debrief-summary-text">
          <p className="debrief-outcome">
            {/* The ending's title is the page's heading already. */}
            <span className={`outcome-badge outcome-${record.outcome ?? 'none'}`}>{outcome}</span>
          </p>
          {ending && (
            <p>
              <strong>What happens next: </strong>
              {ending.text}
            </p>
          )}
          {score ? (
            <>
              <p className="debrief-overall">
                Overall score <strong>{Math.round(score.overall)}</strong> / 100
              </p>
              {debrief && <p className="debrief-overall-explanation">{debrief.overallExplanation}</p>}
            </>
          ) : (
            <p>
              {record.status === 'abandoned'
                ? 'This attempt has no score: it ended before the conversation reached an ending. Its decisions are below.'
                : 'This attempt could not be scored. Its decisions are below.'}
            </p>
          )}
        </div>
        {score && (
          <div className="debrief-summary-chart">
            <BarChart
              title="Your five alliance dimensions (out of 100)"
              description={score.dimensions
                .map((d) => `${DIMENSION_LABELS[d.dimension]} ${d.scoreable === false ? 'not assessed' : Math.round(d.score)}`)
                .join('; ')}
              xLabel="Score (0–100)"
              rowHeader="Dimension"
              items={score.dimensions.map((d) => ({
                id: d.dimension,
                label: DIMENSION_LABELS[d.dimension],
                value: d.scoreable === false ? null : Math.round(d.score),
                missingText: 'not assessed in this scenario',
              }))}
            />
            {debrief && (
              <details className="debrief-more">
                <summary>What each dimension measured</summary>
                <p className="muted">Every score is measured against the best and worst this conversation allowed.</p>
                <ul className="dimension-notes">
                  {debrief.dimensions.map((words) => (
                    <li key={words.dimension}>
                      <strong>{words.headline}.</strong> {words.explanation}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
