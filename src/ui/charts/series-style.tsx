import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import { FlameIcon, HandshakeIcon } from './state-icons';

export type PointShape = 'circle' | 'square' | 'triangle' | 'diamond';
export type LineDash = 'solid' | 'dashed' | 'dotted' | 'dash-dot';
/** The hue family; anger and trust keep the app's own colour-blind-safe pair. */
export type SeriesTone = 'anger' | 'trust' | 'primary';

/** How one series looks: hue, dash and point shape each tell it apart on their own. */
export interface SeriesStyle {
  tone: SeriesTone;
  dash: LineDash;
  shape: PointShape;
}

const SYMBOLS: Record<PointShape, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
};

export const DASH_ARRAYS: Record<LineDash, string | undefined> = {
  solid: undefined,
  dashed: '8 5',
  dotted: '2 4',
  'dash-dot': '10 4 2 4',
};

/** SVG path data for a point marker of `area` square pixels, centred on 0,0. */
export function pointPath(shape: PointShape, area = 64): string {
  return symbol(SYMBOLS[shape], area)() ?? '';
}

/** The tone's icon, if it has one (anger: flame, trust: handshake). */
export function ToneIcon({ tone, size }: { tone: SeriesTone; size?: number }) {
  if (tone === 'anger') return <FlameIcon size={size} />;
  if (tone === 'trust') return <HandshakeIcon size={size} />;
  return null;
}

/** A short sample of the line with its marker, for legends. */
export function SeriesSwatch({ style }: { style: SeriesStyle }) {
  return (
    <svg aria-hidden="true" width={36} height={14} viewBox="0 0 36 14" className={`chart-swatch chart-tone-${style.tone}`}>
      <line className="chart-series-line" x1={2} x2={34} y1={7} y2={7} strokeDasharray={DASH_ARRAYS[style.dash]} />
      <path className="chart-series-point" d={pointPath(style.shape, 40)} transform="translate(18,7)" />
    </svg>
  );
}

/** The key to a chart's series: swatch, icon and name for each. */
export function ChartLegend({ items }: { items: readonly { id: string; label: string; style: SeriesStyle }[] }) {
  return (
    <ul className="chart-legend" aria-label="Key">
      {items.map((item) => (
        <li key={item.id} className={`chart-tone-${item.style.tone}`}>
          <SeriesSwatch style={item.style} />
          <ToneIcon tone={item.style.tone} size={16} />
          <span className="chart-legend-label">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
