import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAnimateForTests } from '../motion/lazy-animate';
import { BarChart } from './bar-chart';

const ITEMS = [
  { id: 'goals', label: 'Goals', value: 80 },
  { id: 'tasks', label: 'Tasks', value: 40 },
  { id: 'bond', label: 'Bond', value: null, missingText: 'not assessed' },
];

const chart = () => render(<BarChart title="Dimensions" description="Scores" items={ITEMS} xLabel="Score" rowHeader="Dimension" />);

function fakeAnimate() {
  const stop = vi.fn();
  const animate = vi.fn(() => ({ stop }));
  setAnimateForTests(animate as never);
  return { animate, stop };
}

afterEach(() => {
  setAnimateForTests(null);
  delete document.documentElement.dataset.motion;
});

describe('bars grow in with motion', () => {
  it('grows each bar that has a value from zero, one after another, once', () => {
    const { animate, stop } = fakeAnimate();
    const { container, rerender, unmount } = chart();
    const bars = [...container.querySelectorAll('.chart-bar')];
    expect(bars).toHaveLength(2);
    expect(animate).toHaveBeenCalledTimes(2);
    expect(animate.mock.calls.map((call) => (call as unknown[])[0])).toEqual(bars);
    expect((animate.mock.calls[0] as unknown[])[1]).toEqual({ transform: ['scaleX(0)', 'scaleX(1)'] });
    const delays = animate.mock.calls.map((call) => ((call as unknown[])[2] as { delay: number }).delay);
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    rerender(<BarChart title="Dimensions" description="Scores" items={ITEMS} xLabel="Score" rowHeader="Dimension" />);
    expect(animate).toHaveBeenCalledTimes(2);
    unmount();
    expect(stop).toHaveBeenCalledTimes(2);
  });

  it('leaves the bars still under reduced motion (the Settings choice)', () => {
    const { animate } = fakeAnimate();
    document.documentElement.dataset.motion = 'reduce';
    chart();
    expect(animate).not.toHaveBeenCalled();
  });

  it('shows the bars at once when motion has not loaded (never hides them to wait)', () => {
    setAnimateForTests(null);
    const { container } = chart();
    expect(container.querySelectorAll('.chart-bar')).toHaveLength(2);
  });
});
