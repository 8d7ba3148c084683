import type { CohortSummary } from '../../export/records';
import { dateTicks } from '../charts/date-ticks';
import { LineChart } from '../charts/line-chart';

const DAY_MS = 86_400_000;

const dateLabel = (day: number) =>
  new Date(day).toLocaleDateString(undefined, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });

/** Mean overall score per day across the cohort: a line with a marker on every day that has data. */
export function ProgressChart({ progress }: { progress: CohortSummary['progress'] }) {
  const first = progress[0]?.day ?? 0;
  const last = progress[progress.length - 1]?.day ?? first;
  // A single day still gets a readable axis: one day either side.
  const domain: [number, number] = first === last ? [first - DAY_MS, last + DAY_MS] : [first, last];
  // Scores are counted per day, so ticks sit on days: never "Dec 2" four times over.
  const ticks = dateTicks(domain, 6, { wholeDays: true });
  const tickLabels = new Map(ticks.map((tick) => [tick.value, tick.label]));
  const firstMean = progress[0]?.meanOverall ?? 0;
  const lastMean = progress[progress.length - 1]?.meanOverall ?? 0;

  return (
    <LineChart
      title="Progress over time: mean overall score per day"
      description={
        progress.length === 0
          ? 'No scored attempts yet.'
          : `${progress.length} days with scored attempts, from ${dateLabel(first)} (mean ${Math.round(firstMean)}) to ${dateLabel(last)} (mean ${Math.round(lastMean)}).`
      }
      series={[
        {
          id: 'mean',
          label: 'Mean overall score',
          style: { tone: 'primary', dash: 'solid', shape: 'diamond' },
          points: progress.map((point) => ({ x: point.day, y: Math.round(point.meanOverall * 10) / 10 })),
        },
      ]}
      xLabel="Date (UTC)"
      yLabel="Mean overall score"
      formatX={(day) => tickLabels.get(day) ?? dateLabel(day)}
      rowHeader="Day (UTC)"
      xDomain={domain}
      xTickValues={ticks.map((tick) => tick.value)}
      table={
        <table>
          <caption className="visually-hidden">Mean overall score per day</caption>
          <thead>
            <tr>
              <th scope="col">Day (UTC)</th>
              <th scope="col">Scored attempts</th>
              <th scope="col">Mean overall score</th>
            </tr>
          </thead>
          <tbody>
            {progress.map((point) => (
              <tr key={point.day}>
                <th scope="row">{dateLabel(point.day)}</th>
                <td>{point.attempts}</td>
                <td>{point.meanOverall.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
