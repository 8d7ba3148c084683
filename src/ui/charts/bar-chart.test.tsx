import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart } from './bar-chart';

describe('BarChart', () => {
  const items = [
    { id: 'bond', label: 'Bond', value: 72 },
    { id: 'goals', label: 'Agreement on goals', value: null, missingText: 'not assessed here' },
  ];

  it('draws a labelled bar per item with its value written out, and marks missing values', () => {
    const { container } = render(
      <BarChart title="Your five dimensions" description="Bond 72." items={items} xLabel="Score (0–100)" rowHeader="Dimension" />,
    );
    const svg = screen.getByRole('img', { name: /Your five dimensions/ });
    expect(svg).toHaveTextContent('Bond');
    expect(svg).toHaveTextContent('72');
    expect(svg).toHaveTextContent('not assessed here');
    expect(svg).toHaveTextContent('Score (0–100)');
    expect(container.querySelectorAll('.chart-bar')).toHaveLength(1);
    expect(container.querySelector('pattern')).not.toBeNull();
  });

  it('has a table alternative', () => {
    render(<BarChart title="Dims" description="d" items={items} xLabel="Score" rowHeader="Dimension" />);
    const table = screen.getByRole('table', { name: 'Dims', hidden: true });
    expect(
      within(table)
        .getAllByRole('row', { hidden: true })
        .map((r) => r.textContent),
    ).toEqual(['DimensionValue', 'Bond72', 'Agreement on goalsnot assessed here']);
  });
});
