import { describe, expect, it, vi } from 'vitest';
import { attemptEvents, registerAttemptObserver, type AttemptInfo } from './attempt-observers';

const info: AttemptInfo = {
  profileId: 'p1',
  scenarioId: 's',
  scenarioTitle: 'S',
  contentHash: 'h',
  registration: 'r',
  startedAt: 1,
  resumed: false,
};

describe('attempt observers', () => {
  it('calls every registered observer until it is removed', () => {
    const started = vi.fn();
    const off = registerAttemptObserver({ started });
    attemptEvents.started(info);
    off();
    attemptEvents.started(info);
    expect(started).toHaveBeenCalledTimes(1);
    expect(started).toHaveBeenCalledWith(info);
  });

  it('keeps going when an observer throws or rejects', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const good = vi.fn();
    const offs = [
      registerAttemptObserver({
        suspended: () => {
          throw new Error('sync');
        },
      }),
      registerAttemptObserver({ suspended: () => Promise.reject(new Error('async')) }),
      registerAttemptObserver({ suspended: good }),
    ];
    attemptEvents.suspended(info);
    expect(good).toHaveBeenCalledWith(info);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(2));
    offs.forEach((off) => off());
    warn.mockRestore();
  });
});
