import { XAxis } from './axes';
import { ChartFigure, useSvgId, type Margin } from './chart-figure';
import { bandScale, linearScale } from './linear-scale';
import { HatchPattern } from './patterns';
import { useChartWidth } from './use-chart-width';
import { useGrowBars } from './use-grow-bars';

export interface BarItem {
  id: string;
  label: string;
  /** Null when the item has no value (e.g. a dimension this scenario cannot assess). */
  value: number | null;
  /** Said instead of a value when it is null. */
  missingText?: string;
}

interface Props {
  title: string;
  description: string;
  items: readonly BarItem[];
  xLabel: string;
  /** The table's first column heading. */
  rowHeader: string;
  max?: number;
}

const BAND = 50;
const MARGIN: Margin = { top: 4, right: 40, bottom: 52, left: 8 };

/**
 * Horizontal bars with their values written at the end: each label sits above
 * its bar, so long names never squeeze the bars on a narrow screen.
 */
export function BarChart({ title, description, items, xLabel, rowHeader, max = 100 }: Props) {
  const [measureRef, totalWidth] = useChartWidth(520);
  const patternId = useSvgId('bar-hatch');
  useGrowBars(patternId);
  const width = Math.max(120, totalWidth - MARGIN.left - MARGIN.right);
  const height = items.length * BAND;
  const x = linearScale([0, max], [0, width]);
  const band = bandScale(
    items.map((item) => item.id),
    [0, height],
  );
  const ticks = x.ticks(5).map((value) => ({ position: x(value), label: String(value) }));

  return (
    <ChartFigure
      measureRef={measureRef}
      className="chart-bars"
      title={title}
      description={description}
      width={width}
      height={height}
      margin={MARGIN}
      table={
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.label}</th>
                <td>{item.value === null ? (item.missingText ?? '—') : item.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <HatchPattern id={patternId} />
      {items.map((item) => {
        const top = band(item.id) ?? 0;
        return (
          <g key={item.id} transform={`translate(0,${top})`}>
            <text className="chart-bar-label" y={16}>
              {item.label}
            </text>
            {item.value === null ? (
              <>
                <rect className="chart-bar-missing" y={22} width={width} height={18} />
                <text className="chart-value-label" x={8} y={31} dy="0.32em">
                  {item.missingText ?? 'no value'}
                </text>
              </>
            ) : (
              <>
                <rect className="chart-bar-track" y={22} width={width} height={18} />
                <rect className="chart-bar" y={22} width={x(item.value)} height={18} fill={`url(#${patternId})`} />
                <text className="chart-value-label" x={x(item.value) + 6} y={31} dy="0.32em">
                  {item.value}
                </text>
              </>
            )}
          </g>
        );
      })}
      <XAxis ticks={ticks} width={width} height={height} label={xLabel} />
    </ChartFigure>
  );
}
