import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResponseTimer } from './response-timer';

afterEach(() => vi.useRealTimers());

describe('ResponseTimer', () => {
  it('shows the time left as text, and tells screen readers only at the start and at ten seconds', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    render(<ResponseTimer deadline={1_000_000 + 30_000} remainingMs={null} totalMs={30_000} />);
    expect(screen.getByRole('timer')).toHaveTextContent('30 s left to respond');
    const live = document.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent('You have 30 seconds to respond.');
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('25 s left to respond');
    expect(live).toHaveTextContent('You have 30 seconds to respond.');
    act(() => {
      vi.advanceTimersByTime(15_250);
    });
    expect(live).toHaveTextContent('10 seconds left to respond.');
  });

  it('freezes while paused', () => {
    render(<ResponseTimer deadline={null} remainingMs={12_400} totalMs={30_000} />);
    expect(screen.getByRole('timer')).toHaveTextContent('Paused — 13 s left to respond');
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent('');
  });
});
