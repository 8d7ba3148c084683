import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module holds one page's state: each test takes a fresh copy.
const fresh = async () => {
  vi.resetModules();
  return import('./after-first-screen');
};

describe('afterFirstScreen', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for the first screen to be shown, then for an idle moment, and runs once', async () => {
    const { afterFirstScreen, firstScreenShown } = await fresh();
    const task = vi.fn();
    afterFirstScreen(task);
    await vi.advanceTimersByTimeAsync(1000);
    expect(task).not.toHaveBeenCalled();

    firstScreenShown();
    await vi.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(task).toHaveBeenCalledOnce();
  });

  it('runs a task asked for after the screen was shown without waiting longer', async () => {
    const { afterFirstScreen, firstScreenShown } = await fresh();
    firstScreenShown();
    const task = vi.fn();
    afterFirstScreen(task);
    await vi.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledOnce();
  });

  it('still runs when no screen says it is shown (a crash, an unmarked route)', async () => {
    const { afterFirstScreen, LONGEST_WAIT_MS } = await fresh();
    const task = vi.fn();
    afterFirstScreen(task);
    await vi.advanceTimersByTimeAsync(LONGEST_WAIT_MS - 1);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledOnce();
  });
});
