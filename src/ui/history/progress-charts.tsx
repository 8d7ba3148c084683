import { DIMENSION_LABELS, DIMENSIONS, type Dimension } from '../../engine/trainee';
import type { AttemptRecord } from '../../storage/storage.types';
import { LineChart } from '../charts/line-chart';
import type { SeriesStyle } from '../charts/series-style';
import { formatDateTime } from '../common/format-date-time';

type Measure = 'overall' | Dimension;
const MEASURES: readonly Measure[] = ['overall', ...DIMENSIONS];
const LABELS: Record<Measure, string> = { overall: 'Overall score', ...DIMENSION_LABELS };
const STYLE: SeriesStyle = { tone: 'primary', dash: 'solid', shape: 'circle' };

function valueOf(record: AttemptRecord, measure: Measure): number | null {
  const score = record.score;
  if (!score) return null;
  if (measure === 'overall') return Math.round(score.overall);
  const d = score.dimensions.find((x) => x.dimension === measure);
  return d && d.scoreable !== false ? Math.round(d.score) : null;
}

/** Small multiples: the overall score and each dimension over the scored attempts, oldest first. */
export function ProgressCharts({ records }: { records: readonly AttemptRecord[] }) {
  const scored = records.filter((r) => r.score).sort((a, b) => a.finishedAt - b.finishedAt);
  if (scored.length === 0) return null;
  const row = (x: number) => {
    const record = scored[x - 1];
    return record ? `Attempt ${x}: ${record.scenarioTitle}, ${formatDateTime(record.finishedAt)}` : String(x);
  };
  return (
    <section className="panel" aria-labelledby="progress-title">
      <h2 id="progress-title">Progress over time</h2>
      <p className="muted">
        Each point is one scored attempt, oldest on the left; every score is out of 100 and measured against what that
        scenario allowed. Open “Show as a table” for the numbers.
      </p>
      <div className="progress-grid">
        {MEASURES.map((measure) => {
          const points = scored.flatMap((record, i) => {
            const y = valueOf(record, measure);
            return y === null ? [] : [{ x: i + 1, y }];
          });
          const first = points[0];
          const last = points.at(-1);
          return (
            <LineChart
              key={measure}
              className="chart-small"
              title={LABELS[measure]}
              description={
                first && last
                  ? `${points.length} scored attempt${points.length === 1 ? '' : 's'}: from ${first.y} to ${last.y}.`
                  : 'Not assessed in your attempts so far.'
              }
              series={[{ id: measure, label: LABELS[measure], style: STYLE, points }]}
              xLabel="Attempt"
              yLabel="Score"
              formatX={String}
              formatRow={row}
              rowHeader="Attempt"
              xDomain={scored.length === 1 ? [0, 2] : [1, scored.length]}
              height={140}
            />
          );
        })}
      </div>
    </section>
  );
}
