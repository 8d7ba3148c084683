import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LineChart, type LineSeries } from './line-chart';

const series: LineSeries[] = [
  {
    id: 'anger',
    label: 'Anger',
    endLabel: 'Anger',
    style: { tone: 'anger', dash: 'dashed', shape: 'triangle' },
    points: [
      { x: 0, y: 65 },
      { x: 1, y: 53 },
      { x: 2, y: 41 },
    ],
  },
  {
    id: 'trust',
    label: 'Trust',
    endLabel: 'Trust',
    style: { tone: 'trust', dash: 'solid', shape: 'circle' },
    points: [
      { x: 0, y: 20 },
      { x: 1, y: 26 },
    ],
  },
];

function renderChart() {
  return render(
    <LineChart
      title="Anger and trust"
      description="Anger fell from 65 to 41."
      series={series}
      xLabel="Decision"
      yLabel="Level (0–100)"
      formatX={(x) => (x === 0 ? 'Start' : String(x))}
      rowHeader="Decision"
    />,
  );
}

describe('LineChart', () => {
  it('is a titled, described picture with both axis labels', () => {
    renderChart();
    const figure = screen.getByRole('figure', { name: 'Anger and trust' });
    expect(within(figure).getByRole('img')).toHaveAccessibleName('Anger and trust Anger fell from 65 to 41.');
    const svg = figure.querySelector('svg[role="img"]')!;
    expect(svg).toHaveTextContent('Decision');
    expect(svg).toHaveTextContent('Level (0–100)');
    expect(svg).toHaveTextContent('Start');
  });

  it('takes a fixed height before its width is known, so redrawing it at its measured width moves nothing below', () => {
    renderChart(); // jsdom has no ResizeObserver: the chart is drawn at its fallback width
    const svg = screen.getByRole('figure', { name: 'Anger and trust' }).querySelector('svg[role="img"]')!;
    const [, , , viewHeight] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect(svg.getAttribute('height')).toBe(String(viewHeight));
    // The stylesheet must not size it from its aspect ratio instead (height: auto would override the attribute).
    const css = readFileSync(resolve(import.meta.dirname, 'charts.css'), 'utf8');
    const rule = /\.chart-svg\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).not.toMatch(/(^|[^-])height\s*:/);
  });

  it('tells series apart by dash, point shape, icon and label, not colour alone', () => {
    const { container } = renderChart();
    const lines = container.querySelectorAll('.chart-series .chart-series-line');
    expect(lines[0]).toHaveAttribute('stroke-dasharray');
    expect(lines[1]).not.toHaveAttribute('stroke-dasharray');
    const pointPaths = [...container.querySelectorAll('.chart-series')].map((g) =>
      g.querySelector('.chart-series-point')?.getAttribute('d'),
    );
    expect(pointPaths[0]).not.toEqual(pointPaths[1]);
    const key = screen.getByRole('list', { name: 'Key' });
    expect(
      within(key)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Anger', 'Trust']);
    expect(key.querySelectorAll('.state-icon')).toHaveLength(2);
    expect(container.querySelector('svg[role="img"]')).toHaveTextContent('Anger 41');
    expect(container.querySelector('svg[role="img"]')).toHaveTextContent('Trust 26');
  });

  it('offers the data as a table, with a dash where a series has no value', () => {
    renderChart();
    const table = screen.getByRole('table', { name: 'Anger and trust', hidden: true });
    const rows = within(table).getAllByRole('row', { hidden: true });
    expect(rows.map((row) => row.textContent)).toEqual(['DecisionAngerTrust', 'Start6520', '15326', '241—']);
  });
});
