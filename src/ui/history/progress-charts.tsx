import type { AttemptRecord } from '../../storage/storage.types';
import { LineChart } from '../charts/line-chart';
import { describeProgress, MEASURE_LABELS, MEASURES, progressSeries, scoredByScenario } from './progress-model';

const formatTry = (x: number) => `Attempt ${x}`;

/** Small multiples: the overall score and each dimension, one line per scenario, over its attempts. */
export function ProgressCharts({ records }: { records: readonly AttemptRecord[] }) {
  const groups = scoredByScenario(records);
  if (groups.length === 0) return null;
  const most = Math.max(...groups.map((g) => g.attempts.length));
  return (
    <section className="panel" aria-labelledby="progress-title">
      <h2 id="progress-title">Progress over time</h2>
      <p className="muted">
        One line per scenario (the key names them), from your first scored attempt at it on the left; every score is out of 100 and measured
        against what that scenario allowed. Open “Show as a table” for the numbers.
      </p>
      <div className="progress-grid">
        {MEASURES.map((measure) => {
          const series = progressSeries(groups, measure);
          return (
            <LineChart
              key={measure}
              className="chart-small"
              title={MEASURE_LABELS[measure]}
              description={describeProgress(series)}
              series={series}
              showLegend
              xLabel="Attempt at the scenario"
              yLabel="Score"
              formatX={String}
              formatRow={formatTry}
              rowHeader="Attempt"
              xDomain={most === 1 ? [0, 2] : [1, most]}
              height={140}
            />
          );
        })}
      </div>
    </section>
  );
}
