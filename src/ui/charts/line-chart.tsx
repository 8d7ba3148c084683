import { extent } from 'd3-array';
import type { ReactNode } from 'react';
import { line } from 'd3-shape';
import { XAxis, YAxis } from './axes';
import { ChartFigure, DEFAULT_MARGIN, type Margin } from './chart-figure';
import { LineChartTable } from './line-chart-table';
import { ChartLegend, DASH_ARRAYS, pointPath, type SeriesStyle } from './series-style';
import { linearScale } from './linear-scale';
import { useChartWidth } from './use-chart-width';

export interface LinePoint {
  x: number;
  y: number;
}

export interface LineSeries {
  id: string;
  /** The series' full name, in the key and the table. */
  label: string;
  /** Short name drawn at the line's end, with its last value (omit for none). */
  endLabel?: string;
  style: SeriesStyle;
  points: readonly LinePoint[];
}

export interface LineChartProps {
  title: string;
  description: string;
  series: readonly LineSeries[];
  xLabel: string;
  yLabel: string;
  /** How an x value reads on the axis, e.g. "Start" or "3". */
  formatX: (x: number) => string;
  /** How an x value reads as a table row; defaults to formatX. */
  formatRow?: (x: number) => string;
  /** The table's first column heading, e.g. "Decision". */
  rowHeader: string;
  yDomain?: readonly [number, number];
  /** Defaults to the data's extent (widened by one either side of a single value). */
  xDomain?: readonly [number, number];
  /** Where the x ticks go; defaults to whole numbers chosen by the scale. */
  xTickValues?: readonly number[];
  /** Replaces the default table (one row per x value, one column per series). */
  table?: ReactNode;
  /** Plot height in pixels. */
  height?: number;
  /** The key above the chart; shown by default when there is more than one series. */
  showLegend?: boolean;
  className?: string;
}

const END_LABEL_ROOM = 84;
/** Below this width the key alone names the lines, leaving the room to the plot. */
const END_LABEL_MIN_WIDTH = 440;
const LABEL_GAP = 14;

/** Moves end labels apart vertically so close values do not overprint. */
function spread(labels: { y: number; id: string }[]): Map<string, number> {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  const out = new Map<string, number>();
  let last = -Infinity;
  for (const label of sorted) {
    const y = Math.max(label.y, last + LABEL_GAP);
    out.set(label.id, y);
    last = y;
  }
  return out;
}

/**
 * Lines over whole-number steps (decisions, attempts) on a fixed value range:
 * each series has its own hue, dash and point shape, a key and a data table.
 */
export function LineChart(props: LineChartProps) {
  const { title, description, series, xLabel, yLabel, formatX, yDomain = [0, 100], height = 220 } = props;
  const [measureRef, totalWidth] = useChartWidth(640);
  const hasEndLabels = totalWidth >= END_LABEL_MIN_WIDTH && series.some((s) => s.endLabel);
  const margin: Margin = { ...DEFAULT_MARGIN, right: hasEndLabels ? END_LABEL_ROOM : DEFAULT_MARGIN.right };
  const width = Math.max(120, totalWidth - margin.left - margin.right);

  const [low = 0, high = 1] = extent(series.flatMap((s) => s.points.map((p) => p.x)));
  const [xMin, xMax] = props.xDomain ?? (low === high ? [low - 1, high + 1] : [low, high]);
  const x = linearScale([xMin, xMax], [0, width]);
  const y = linearScale(yDomain, [height, 0]);
  const xTicks = (
    props.xTickValues ??
    x.ticks(Math.max(2, Math.min(12, Math.floor(width / 44)))).filter((value) => Number.isInteger(value) && value >= low && value <= high)
  ).map((value) => ({ position: x(value), label: formatX(value) }));
  const yTicks = y.ticks(5).map((value) => ({ position: y(value), label: String(value) }));
  const path = line<LinePoint>()
    .x((p) => x(p.x))
    .y((p) => y(p.y));
  const ends = spread(
    series.flatMap((s) => {
      const last = s.points.at(-1);
      return hasEndLabels && s.endLabel && last ? [{ id: s.id, y: y(last.y) }] : [];
    }),
  );

  return (
    <ChartFigure
      measureRef={measureRef}
      className={props.className}
      title={title}
      description={description}
      width={width}
      height={height}
      margin={margin}
      legend={(props.showLegend ?? series.length > 1) && <ChartLegend items={series} />}
      table={props.table ?? <LineChartTable {...props} />}
    >
      <YAxis ticks={yTicks} width={width} height={height} label={yLabel} />
      <XAxis ticks={xTicks} width={width} height={height} label={xLabel} />
      {series.map((s) => {
        const last = s.points.at(-1);
        const endY = ends.get(s.id);
        return (
          <g key={s.id} className={`chart-series chart-tone-${s.style.tone}`}>
            <path className="chart-series-line" d={path(s.points) ?? ''} strokeDasharray={DASH_ARRAYS[s.style.dash]} />
            {s.points.map((p) => (
              <path key={p.x} className="chart-series-point" d={pointPath(s.style.shape)} transform={`translate(${x(p.x)},${y(p.y)})`}>
                <title>{`${s.label}, ${formatX(p.x)}: ${p.y}`}</title>
              </path>
            ))}
            {last && endY !== undefined && (
              <text className="chart-end-label" x={x(last.x) + 10} y={endY} dy="0.32em">
                {`${s.endLabel} ${last.y}`}
              </text>
            )}
          </g>
        );
      })}
    </ChartFigure>
  );
}
