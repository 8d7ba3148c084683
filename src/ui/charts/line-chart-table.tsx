import type { LineChartProps } from './line-chart';

/** A line chart's data as a table: one row per x value, one column per series. */
export function LineChartTable({ title, series, formatX, formatRow = formatX, rowHeader }: LineChartProps) {
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const values = series.map((s) => new Map(s.points.map((p) => [p.x, p.y])));
  return (
    <table>
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {series.map((s) => (
            <th key={s.id} scope="col">
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {xs.map((value) => (
          <tr key={value}>
            <th scope="row">{formatRow(value)}</th>
            {values.map((column, i) => (
              <td key={series[i]?.id ?? i}>{column.get(value) ?? '—'}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
