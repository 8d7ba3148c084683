import { afterEach, describe, expect, it, vi } from 'vitest';
import { RETRY_DELAYS_MS, SaveRetry } from './save-retry';

afterEach(() => {
  vi.useRealTimers();
});

describe('SaveRetry', () => {
  it('tries again after a wait that backs off, one try at a time, and starts over after a success', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const retry = new SaveRetry(run);
    retry.schedule();
    retry.schedule();
    vi.advanceTimersByTime(RETRY_DELAYS_MS[0] - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);

    retry.schedule();
    vi.advanceTimersByTime(RETRY_DELAYS_MS[0]);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(RETRY_DELAYS_MS[1] - RETRY_DELAYS_MS[0]);
    expect(run).toHaveBeenCalledTimes(2);

    retry.reset();
    retry.schedule();
    vi.advanceTimersByTime(RETRY_DELAYS_MS[0]);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('does not run once cancelled', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const retry = new SaveRetry(run);
    retry.schedule();
    retry.cancel();
    vi.advanceTimersByTime(60_000);
    expect(run).not.toHaveBeenCalled();
  });
});
