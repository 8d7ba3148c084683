import './charts.css';
import { useId, type ReactNode, type Ref } from 'react';

/** Space around a chart's plot area for its axes and their labels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const DEFAULT_MARGIN: Margin = { top: 20, right: 16, bottom: 52, left: 56 };

/** An id that is safe inside url(#…) references (React's useId may contain colons). */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

interface FigureProps {
  title: string;
  /** One or two sentences read by screen readers in place of the picture. */
  description: string;
  /** The plot area; the margin is added around it. */
  width: number;
  height: number;
  margin?: Margin;
  children: ReactNode;
  /** The same data as a table, for anyone who prefers or needs numbers. */
  table: ReactNode;
  /** Shown between the title and the picture, e.g. a legend. */
  legend?: ReactNode;
  /** Lets a chart measure the space it has (see useChartWidth). */
  measureRef?: Ref<HTMLElement>;
  className?: string;
}

/** A titled chart: an SVG described in words, with its data table one click away. */
export function ChartFigure({
  title,
  description,
  width,
  height,
  margin = DEFAULT_MARGIN,
  children,
  table,
  legend,
  measureRef,
  className,
}: FigureProps) {
  const titleId = useSvgId('chart-title');
  const descId = useSvgId('chart-desc');
  return (
    <figure ref={measureRef} className={`chart${className ? ` ${className}` : ''}`} aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart-title">
        {title}
      </figcaption>
      {legend}
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${width + margin.left + margin.right} ${height + margin.top + margin.bottom}`}
        // A fixed height, whatever the width: the first draw (before the figure
        // has been measured) then takes the same room as the final one, and
        // nothing below the chart moves when it is redrawn.
        height={height + margin.top + margin.bottom}
        className="chart-svg"
      >
        <desc id={descId}>{description}</desc>
        <g transform={`translate(${margin.left},${margin.top})`}>{children}</g>
      </svg>
      <details className="chart-table">
        <summary>Show as a table</summary>
        {table}
      </details>
    </figure>
  );
}
