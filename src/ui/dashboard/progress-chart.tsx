import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import type { CohortSummary } from '../../export/records';
import { ChartFigure, XAxis, YAxis } from './chart-parts';

const WIDTH = 640;
const HEIGHT = 220;
const DAY_MS = 86_400_000;

type Point = CohortSummary['progress'][number];

const dateLabel = (day: number) =>
  new Date(day).toLocaleDateString(undefined, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });

/** Mean overall score per day across the cohort: a line with a marker on every day that has data. */
export function ProgressChart({ progress }: { progress: CohortSummary['progress'] }) {
  const first = progress[0]?.day ?? 0;
  const last = progress[progress.length - 1]?.day ?? first;
  // A single day still gets a readable axis: one day either side.
  const domain = first === last ? [first - DAY_MS, last + DAY_MS] : [first, last];
  const x = scaleUtc().domain(domain).range([0, WIDTH]);
  const y = scaleLinear().domain([0, 100]).range([HEIGHT, 0]);
  const format = x.tickFormat(6, '%b %-d');
  const xTicks = x.ticks(6).map((date) => ({ position: x(date), label: format(date) }));
  const yTicks = y.ticks(5).map((value) => ({ position: y(value), label: String(value) }));
  const path = line<Point>()
    .x((point) => x(point.day))
    .y((point) => y(point.meanOverall))(progress);
  const firstMean = progress[0]?.meanOverall ?? 0;
  const lastMean = progress[progress.length - 1]?.meanOverall ?? 0;

  return (
    <ChartFigure
      title="Progress over time: mean overall score per day"
      description={
        progress.length === 0
          ? 'No scored attempts yet.'
          : `${progress.length} days with scored attempts, from ${dateLabel(first)} (mean ${Math.round(firstMean)}) to ${dateLabel(last)} (mean ${Math.round(lastMean)}).`
      }
      width={WIDTH}
      height={HEIGHT}
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
    >
      <YAxis ticks={yTicks} width={WIDTH} height={HEIGHT} label="Mean overall score" />
      <XAxis ticks={xTicks} width={WIDTH} height={HEIGHT} label="Date (UTC)" />
      {path && <path className="chart-line" d={path} />}
      {progress.map((point) => (
        <rect
          key={point.day}
          className="chart-point"
          x={x(point.day) - 3}
          y={y(point.meanOverall) - 3}
          width={6}
          height={6}
          transform={`rotate(45 ${x(point.day)} ${y(point.meanOverall)})`}
        />
      ))}
    </ChartFigure>
  );
}
