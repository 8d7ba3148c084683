import { useId, type ReactNode } from 'react';

/** Space around a chart's plot area for its axes and their labels. */
export const MARGIN = { top: 20, right: 16, bottom: 52, left: 56 };

export interface Tick {
  position: number;
  label: string;
}

/** An id that is safe inside url(#…) references (React's useId may contain colons). */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** The x axis: a baseline, tick marks, tick labels and the axis title, under the plot. */
export function XAxis({ ticks, width, height, label }: { ticks: Tick[]; width: number; height: number; label: string }) {
  return (
    <g transform={`translate(0,${height})`} className="chart-axis">
      <line x1={0} x2={width} y1={0} y2={0} />
      {ticks.map((tick) => (
        <g key={tick.label} transform={`translate(${tick.position},0)`}>
          <line y2={6} />
          <text y={20} textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
      <text className="chart-axis-label" x={width / 2} y={44} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

/** The y axis, with light grid lines across the plot so values can be read off. */
export function YAxis({ ticks, width, height, label }: { ticks: Tick[]; width: number; height: number; label: string }) {
  return (
    <g className="chart-axis">
      <line x1={0} x2={0} y1={0} y2={height} />
      {ticks.map((tick) => (
        <g key={tick.label} transform={`translate(0,${tick.position})`}>
          <line x2={-6} />
          <line className="chart-grid" x2={width} />
          <text x={-10} dy="0.32em" textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      <text className="chart-axis-label" transform={`translate(${-42},${height / 2}) rotate(-90)`} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

/** Diagonal hatching: bars read as filled shapes without relying on colour. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
        <rect width={6} height={6} className="chart-hatch-bg" />
        <line x1={0} y1={0} x2={0} y2={6} className="chart-hatch-line" />
      </pattern>
    </defs>
  );
}

interface FigureProps {
  title: string;
  /** One or two sentences read by screen readers in place of the picture. */
  description: string;
  width: number;
  height: number;
  children: ReactNode;
  /** The same data as a table, for anyone who prefers or needs numbers. */
  table: ReactNode;
}

/** A titled chart: an SVG described in words, with its data table one click away. */
export function ChartFigure({ title, description, width, height, children, table }: FigureProps) {
  const titleId = useSvgId('chart-title');
  const descId = useSvgId('chart-desc');
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart-title">
        {title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${width + MARGIN.left + MARGIN.right} ${height + MARGIN.top + MARGIN.bottom}`}
        className="chart-svg"
      >
        <desc id={descId}>{description}</desc>
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>{children}</g>
      </svg>
      <details className="chart-table">
        <summary>Show as a table</summary>
        {table}
      </details>
    </figure>
  );
}
