import { XAxis } from './axes';
import { ChartFigure, useSvgId, type Margin } from './chart-figure';
import { linearScale } from './linear-scale';
import { HatchPattern } from './patterns';
import { pointPath } from './series-style';
import { useChartWidth } from './use-chart-width';

export type ThresholdBand = 'below-fair' | 'fair' | 'good';

export interface ThresholdChartProps {
  title: string;
  /** Null when there is nothing to measure (e.g. no questions asked). */
  value: number | null;
  fair: number;
  good: number;
  /** Whether more is better (reflections) or less is (arguing). */
  better: 'higher' | 'lower';
  /** Counts: band edges fall between whole numbers. */
  discrete?: boolean;
  max: number;
  format: (value: number) => string;
  /** The band the value falls in, in words, e.g. "good". */
  bandText: string;
  xLabel: string;
}

export const BAND_LABELS: Record<ThresholdBand, string> = { 'below-fair': 'below fair', fair: 'fair', good: 'good' };
const HEIGHT = 30;
const MARGIN: Margin = { top: 30, right: 20, bottom: 52, left: 20 };

/** The three bands as [from, to) ranges on the value axis, worst to best. */
export function thresholdBands({
  fair,
  good,
  better,
  discrete = false,
  max,
}: Pick<ThresholdChartProps, 'fair' | 'good' | 'better' | 'discrete' | 'max'>) {
  const edge = (threshold: number) => (discrete ? threshold + (better === 'higher' ? -0.5 : 0.5) : threshold);
  const bands: { band: ThresholdBand; from: number; to: number }[] =
    better === 'higher'
      ? [
          { band: 'below-fair', from: 0, to: edge(fair) },
          { band: 'fair', from: edge(fair), to: edge(good) },
          { band: 'good', from: edge(good), to: max },
        ]
      : [
          { band: 'good', from: 0, to: edge(good) },
          { band: 'fair', from: edge(good), to: edge(fair) },
          { band: 'below-fair', from: edge(fair), to: max },
        ];
  return bands.map((b) => ({ ...b, from: Math.max(0, b.from), to: Math.min(max, b.to) })).filter((b) => b.to > b.from);
}

const LABEL_GAP = 34;
const CHAR_WIDTH = 6.5;

/** Axis ticks, thresholds first, leaving out any that would print over one already kept. */
function spacedTicks(values: number[], at: (v: number) => number): number[] {
  const kept: number[] = [];
  for (const v of values) if (!kept.some((k) => Math.abs(at(k) - at(v)) < LABEL_GAP)) kept.push(v);
  return kept.sort((a, b) => a - b);
}

/** Where a band's name fits without crossing the value marker, or null if it does not fit. */
function bandLabelX(from: number, to: number, text: string, marker: number | null): number | null {
  const half = (text.length * CHAR_WIDTH) / 2 + 4;
  const fits = (centre: number) =>
    centre - half >= from && centre + half <= to && (marker === null || Math.abs(marker - centre) > half + 4);
  const candidates = [(from + to) / 2, ...(marker === null ? [] : [(from + marker) / 2, (marker + to) / 2])];
  return candidates.find(fits) ?? null;
}

/** A bullet chart: where a value sits against its fair and good thresholds. */
export function ThresholdChart(props: ThresholdChartProps) {
  const { title, value, fair, good, max, format, bandText, xLabel } = props;
  const [measureRef, totalWidth] = useChartWidth(320, 220);
  const sparse = useSvgId('band-fair');
  const dense = useSvgId('band-good');
  const width = Math.max(120, totalWidth - MARGIN.left - MARGIN.right);
  const x = linearScale([0, max], [0, width]);
  const bands = thresholdBands(props);
  const ticks = spacedTicks([fair, good, 0, max], x).map((t) => ({ position: x(t), label: format(t) }));
  const markerX = value === null ? null : x(Math.min(value, max));
  const fill = (band: ThresholdBand) => (band === 'good' ? `url(#${dense})` : band === 'fair' ? `url(#${sparse})` : undefined);
  const reading = value === null ? 'not measured' : `${format(value)}, ${bandText}`;

  return (
    <ChartFigure
      measureRef={measureRef}
      className="chart-threshold"
      title={`${title}: ${reading}`}
      description={`Fair from ${format(fair)}, good ${props.better === 'higher' ? 'from' : 'at'} ${format(good)}.`}
      width={width}
      height={HEIGHT}
      margin={MARGIN}
      table={
        <table>
          <caption className="visually-hidden">{title} against its thresholds</caption>
          <thead>
            <tr>
              <th scope="col">Your value</th>
              <th scope="col">Fair</th>
              <th scope="col">Good</th>
              <th scope="col">Band</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{value === null ? 'not measured' : format(value)}</td>
              <td>{format(fair)}</td>
              <td>{format(good)}</td>
              <td>{bandText}</td>
            </tr>
          </tbody>
        </table>
      }
    >
      <HatchPattern id={sparse} />
      <HatchPattern id={dense} density="dense" />
      {bands.map((b) => {
        const labelX = bandLabelX(x(b.from), x(b.to), BAND_LABELS[b.band], markerX);
        return (
          <g key={b.band} className={`chart-band chart-band-${b.band}`}>
            <rect x={x(b.from)} width={x(b.to) - x(b.from)} height={HEIGHT} fill={fill(b.band)} />
            {labelX !== null && (
              <text x={labelX} y={HEIGHT / 2} dy="0.32em" textAnchor="middle">
                {BAND_LABELS[b.band]}
              </text>
            )}
          </g>
        );
      })}
      {value !== null && markerX !== null && (
        <g className="chart-threshold-value" transform={`translate(${markerX},0)`}>
          <line y1={-4} y2={HEIGHT + 4} />
          <path d={pointPath('diamond', 90)} transform="translate(0,-12)" />
          <text y={-22} textAnchor={markerX > width - 30 ? 'end' : markerX < 30 ? 'start' : 'middle'}>
            {format(value)}
          </text>
        </g>
      )}
      <XAxis ticks={ticks} width={width} height={HEIGHT} label={xLabel} />
    </ChartFigure>
  );
}
