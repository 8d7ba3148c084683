import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { drainMachine } from './drain-machine';

/** A drain machine whose passes the test finishes by hand, recording each pass's `force`. */
function machine() {
  const passes: { force: boolean; finish: (wakeAt: number) => void; fail: (error: Error) => void }[] = [];
  const errored = vi.fn();
  const actor = createActor(drainMachine, {
    input: {
      now: Date.now,
      errored,
      drainOnce: (force) => new Promise<number>((finish, fail) => passes.push({ force, finish, fail })),
    },
  });
  actor.start();
  const state = () => actor.getSnapshot().value;
  return { actor, passes, errored, state };
}

describe('the outbox drain machine', () => {
  it('runs one pass at a time, and one more for every request made meanwhile, with force if any asked for it', async () => {
    const { actor, passes, state } = machine();
    actor.send({ type: 'DRAIN', force: false });
    actor.send({ type: 'DRAIN', force: true });
    actor.send({ type: 'DRAIN', force: false });
    expect(passes.map((p) => p.force)).toEqual([false]);

    passes[0]!.finish(Infinity);
    await vi.waitFor(() => expect(passes.map((p) => p.force)).toEqual([false, true]));
    passes[1]!.finish(Infinity);
    await vi.waitFor(() => expect(state()).toBe('idle'));
    expect(passes).toHaveLength(2);
  });

  it('wakes by itself when a back-off ends, and an earlier wake replaces a later one', async () => {
    const { actor, passes, state } = machine();
    actor.send({ type: 'DRAIN', force: true });
    passes[0]!.finish(Date.now() + 60_000);
    await vi.waitFor(() => expect(state()).toBe('waiting'));

    actor.send({ type: 'DRAIN', force: false });
    passes[1]!.finish(Date.now() + 30);
    await vi.waitFor(() => expect(passes).toHaveLength(3), { timeout: 2_000 });
    expect(passes[2]!.force).toBe(false);
    passes[2]!.finish(Infinity);
    await vi.waitFor(() => expect(state()).toBe('idle'));
  });

  it('stops waking once stopped, but still runs a pass asked for', async () => {
    vi.useFakeTimers();
    try {
      const { actor, passes, state } = machine();
      actor.send({ type: 'DRAIN', force: true });
      passes[0]!.finish(Date.now() + 1_000);
      await vi.advanceTimersByTimeAsync(0);
      expect(state()).toBe('waiting');
      actor.send({ type: 'STOP' });
      expect(state()).toBe('idle');
      await vi.advanceTimersByTimeAsync(5_000);
      expect(passes).toHaveLength(1);

      actor.send({ type: 'DRAIN', force: false });
      expect(passes).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a pass that throws and goes back to waiting for a request', async () => {
    const { actor, passes, errored, state } = machine();
    actor.send({ type: 'DRAIN', force: false });
    passes[0]!.fail(new Error('IndexedDB went away'));
    await vi.waitFor(() => expect(state()).toBe('idle'));
    expect(errored).toHaveBeenCalledWith(new Error('IndexedDB went away'));
  });
});
