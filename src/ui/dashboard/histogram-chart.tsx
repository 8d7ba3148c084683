import { scaleLinear } from 'd3-scale';
import type { Distribution } from '../../export/records';
import { XAxis, YAxis } from '../charts/axes';
import { ChartFigure, DEFAULT_MARGIN, useSvgId } from '../charts/chart-figure';
import { HatchPattern } from '../charts/patterns';
import { useChartWidth } from '../charts/use-chart-width';

const HEIGHT = 160;
const round = (value: number) => Math.round(value);

/** Median and middle half in words: the box plot's numbers, for captions and screen readers. */
export function describeDistribution(distribution: Distribution): string {
  const stats = distribution.stats;
  if (!stats) return 'No scored attempts.';
  return `${stats.n} scored attempts; median ${round(stats.median)}, middle half ${round(stats.q1)}–${round(stats.q3)}, range ${round(stats.min)}–${round(stats.max)}.`;
}

/** A histogram of 0–100 scores in 10-point bins, with the median marked. */
export function HistogramChart({ title, distribution }: { title: string; distribution: Distribution }) {
  const patternId = useSvgId('hatch');
  const [measureRef, totalWidth] = useChartWidth(372);
  const WIDTH = totalWidth - DEFAULT_MARGIN.left - DEFAULT_MARGIN.right;
  const maxCount = Math.max(1, ...distribution.bins.map((bin) => bin.count));
  const x = scaleLinear().domain([0, 100]).range([0, WIDTH]);
  const y = scaleLinear().domain([0, maxCount]).nice().range([HEIGHT, 0]);
  const yTicks = y
    .ticks(4)
    .filter(Number.isInteger)
    .map((value) => ({ position: y(value), label: String(value) }));
  const xTicks = x.ticks(5).map((value) => ({ position: x(value), label: String(value) }));
  const median = distribution.stats?.median;

  return (
    <ChartFigure
      measureRef={measureRef}
      title={title}
      description={`Histogram of scores from 0 to 100. ${describeDistribution(distribution)}`}
      width={WIDTH}
      height={HEIGHT}
      table={
        <table>
          <caption className="visually-hidden">{title}: attempts per score band</caption>
          <thead>
            <tr>
              <th scope="col">Score band</th>
              <th scope="col">Attempts</th>
            </tr>
          </thead>
          <tbody>
            {distribution.bins.map((bin) => (
              <tr key={bin.from}>
                <th scope="row">{bin.to === 100 ? `${bin.from}–100` : `${bin.from}–${bin.to - 1}`}</th>
                <td>{bin.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <HatchPattern id={patternId} />
      <YAxis ticks={yTicks} width={WIDTH} height={HEIGHT} label="Attempts" />
      {distribution.bins.map((bin) => (
        <rect
          key={bin.from}
          className="chart-bar"
          x={x(bin.from) + 1}
          width={Math.max(0, x(bin.to) - x(bin.from) - 2)}
          y={y(bin.count)}
          height={HEIGHT - y(bin.count)}
          fill={`url(#${patternId})`}
        />
      ))}
      {median !== undefined && (
        <g className="chart-marker" transform={`translate(${x(median)},0)`}>
          <line y1={0} y2={HEIGHT} />
          <text y={-2} textAnchor="middle">
            median {round(median)}
          </text>
        </g>
      )}
      <XAxis ticks={xTicks} width={WIDTH} height={HEIGHT} label="Score (0–100)" />
    </ChartFigure>
  );
}
