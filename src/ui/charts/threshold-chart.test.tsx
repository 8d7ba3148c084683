import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ThresholdChart, thresholdBands } from './threshold-chart';

describe('thresholdBands', () => {
  it('orders bands worst to best for higher-is-better values', () => {
    expect(thresholdBands({ fair: 1, good: 2, better: 'higher', max: 3 })).toEqual([
      { band: 'below-fair', from: 0, to: 1 },
      { band: 'fair', from: 1, to: 2 },
      { band: 'good', from: 2, to: 3 },
    ]);
  });

  it('puts band edges between whole numbers for counts where less is better', () => {
    expect(thresholdBands({ fair: 1, good: 0, better: 'lower', discrete: true, max: 3 })).toEqual([
      { band: 'good', from: 0, to: 0.5 },
      { band: 'fair', from: 0.5, to: 1.5 },
      { band: 'below-fair', from: 1.5, to: 3 },
    ]);
  });
});

describe('ThresholdChart', () => {
  const props = {
    title: 'Reflections per question',
    fair: 1,
    good: 2,
    better: 'higher' as const,
    max: 3,
    format: (v: number) => `${v}:1`,
    xLabel: 'Reflections for each question',
  };

  it('names the value and its band in the title, and marks the thresholds on the axis', () => {
    const { container } = render(<ThresholdChart {...props} value={1.5} bandText="fair" />);
    const figure = screen.getByRole('figure', { name: 'Reflections per question: 1.5:1, fair' });
    const svg = within(figure).getByRole('img');
    expect(svg).toHaveAccessibleName(/Fair from 1:1, good from 2:1/);
    expect(svg).toHaveTextContent('2:1');
    expect(svg).toHaveTextContent('Reflections for each question');
    expect(container.querySelectorAll('.chart-band')).toHaveLength(3);
    expect(container.querySelector('.chart-threshold-value')).toHaveTextContent('1.5:1');
  });

  it('says when there is nothing to measure, in the chart and the table', () => {
    const { container } = render(<ThresholdChart {...props} value={null} bandText="not applicable" />);
    expect(screen.getByRole('figure', { name: 'Reflections per question: not measured' })).toBeInTheDocument();
    expect(container.querySelector('.chart-threshold-value')).toBeNull();
    const table = screen.getByRole('table', { hidden: true });
    expect(within(table).getAllByRole('row', { hidden: true })[1]).toHaveTextContent('not measured1:12:1not applicable');
  });
});
