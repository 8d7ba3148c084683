/** A tick on an axis: where it sits (in plot pixels) and what it says. */
export interface Tick {
  position: number;
  label: string;
}

interface AxisProps {
  ticks: readonly Tick[];
  width: number;
  height: number;
  label: string;
}

/** The x axis: a baseline, tick marks, tick labels and the axis title, under the plot. */
export function XAxis({ ticks, width, height, label }: AxisProps) {
  return (
    <g transform={`translate(0,${height})`} className="chart-axis">
      <line x1={0} x2={width} y1={0} y2={0} />
      {ticks.map((tick) => (
        <g key={`${tick.position}:${tick.label}`} transform={`translate(${tick.position},0)`}>
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
export function YAxis({ ticks, width, height, label }: AxisProps) {
  return (
    <g className="chart-axis">
      <line x1={0} x2={0} y1={0} y2={height} />
      {ticks.map((tick) => (
        <g key={`${tick.position}:${tick.label}`} transform={`translate(0,${tick.position})`}>
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
