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

/** Summary first: how it ended, what happens next, the overall score and the five dimensions. */
export function DebriefSummary({ record, ending, score, debrief }: Props) {
  const outcome = record.outcome ? OUTCOME_LABELS[record.outcome] : record.status === 'abandoned' ? 'Ended early' : 'No ending reached';
  // The engine's summary ends with the ending's own text, which is shown above already.
  const phrase = debrief ? debrief.outcome.summary.replace(ending?.text ?? '', '').trim() : null;
  const explanations = new Map(debrief?.dimensions.map((d) => [d.dimension, d]));
  return (
    <section className="panel debrief-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">Summary</h2>
      <p className="debrief-outcome">
        <span className={`outcome-badge outcome-${record.outcome ?? 'none'}`}>{outcome}</span>
        {ending && <span className="debrief-ending-title">{ending.title}</span>}
      </p>
      {ending && (
        <p>
          <strong>What happens next: </strong>
          {ending.text}
        </p>
      )}
      {phrase && <p className="muted">{phrase}</p>}
      {score ? (
        <>
          <p className="debrief-overall">
            Overall score <strong>{Math.round(score.overall)}</strong> / 100
          </p>
          {debrief && <p className="debrief-overall-explanation">{debrief.overallExplanation}</p>}
          <p className="muted">Every score is measured against the best and worst this conversation allowed.</p>
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
            <ul className="dimension-notes">
              {score.dimensions.map((d) => {
                const words = explanations.get(d.dimension);
                return (
                  words && (
                    <li key={d.dimension}>
                      <strong>{words.headline}.</strong> {words.explanation}
                    </li>
                  )
                );
              })}
            </ul>
          )}
        </>
      ) : (
        <p>
          {record.status === 'abandoned'
            ? 'This attempt has no score: it ended before the conversation reached an ending. Its decisions are below.'
            : 'This attempt could not be scored. Its decisions are below.'}
        </p>
      )}
    </section>
  );
}
