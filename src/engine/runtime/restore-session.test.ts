import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, createMachine } from 'xstate';
import { compileScenario } from './compile-scenario';
import { createScenarioMachine } from './create-scenario-machine';
import { persistSnapshot, readPersistedSnapshot, restoreActor, SnapshotDamagedError, SnapshotMismatchError } from './restore-session';
import { smallScenario } from './testing/small-scenario';

const compiled = compileScenario(smallScenario());
const machine = createScenarioMachine(compiled);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
});
afterEach(() => vi.useRealTimers());

describe('xstate #4860 in xstate 5.33.3', () => {
  // Documents the upstream behaviour our restore works around. If this starts
  // failing, xstate resumes delays itself; resumeTimeLimit stays correct
  // because REARM re-enters `waiting`, cancelling the restored timer first.
  it('does not resume a pending `after` delay on a restored actor', () => {
    const plain = createMachine({ initial: 'a', states: { a: { after: { 100: 'b' } }, b: {} } });
    const first = createActor(plain).start();
    const saved = JSON.parse(JSON.stringify(first.getPersistedSnapshot())) as ReturnType<typeof first.getPersistedSnapshot>;
    first.stop();
    const restored = createActor(plain, { snapshot: saved }).start();
    vi.advanceTimersByTime(1_000);
    expect(restored.getSnapshot().value).toBe('a');
  });
});

describe('restoreActor', () => {
  it('resumes a pending time limit with the time that was left', () => {
    const first = createActor(machine, { input: {} }).start();
    vi.advanceTimersByTime(3_000);
    const saved = persistSnapshot(first);
    first.stop();
    vi.advanceTimersByTime(2_000); // the tab was closed for 2 s
    const actor = restoreActor(machine, compiled, saved);
    expect(actor.getSnapshot().context.deadline).toBe(1_010_000);
    vi.advanceTimersByTime(4_999);
    expect(actor.getSnapshot().value).toEqual({ open: 'waiting' });
    vi.advanceTimersByTime(1);
    expect(actor.getSnapshot().value).toBe('plan');
    expect(actor.getSnapshot().context.transcript).toHaveLength(1);
  });

  it('takes the time limit branch at once when the deadline passed while away', () => {
    const first = createActor(machine, { input: {} }).start();
    const saved = persistSnapshot(first);
    first.stop();
    vi.advanceTimersByTime(60_000);
    const actor = restoreActor(machine, compiled, saved);
    expect(actor.getSnapshot().value).toBe('plan');
    expect(actor.getSnapshot().context.transcript[0]?.kind).toBe('timeout');
  });

  it('keeps a paused session paused, with its remaining time', () => {
    const first = createActor(machine, { input: {} }).start();
    vi.advanceTimersByTime(7_000);
    first.send({ type: 'PAUSE' });
    const saved = persistSnapshot(first);
    first.stop();
    vi.advanceTimersByTime(60_000);
    const actor = restoreActor(machine, compiled, saved);
    expect(actor.getSnapshot().value).toEqual({ open: 'paused' });
    actor.send({ type: 'RESUME' });
    vi.advanceTimersByTime(2_999);
    expect(actor.getSnapshot().value).toEqual({ open: 'waiting' });
    vi.advanceTimersByTime(1);
    expect(actor.getSnapshot().value).toBe('plan');
  });

  it('restores an untimed node and a finished session as they were', () => {
    const first = createActor(machine, { input: {} }).start();
    first.send({ type: 'CHOOSE', choiceId: 'reflect' });
    const mid = restoreActor(machine, compiled, persistSnapshot(first));
    expect(mid.getSnapshot().value).toBe('plan');
    mid.send({ type: 'CHOOSE', choiceId: 'goal' });
    const done = restoreActor(machine, compiled, persistSnapshot(mid));
    expect(done.getSnapshot().status).toBe('done');
    expect(done.getSnapshot().context.transcript).toHaveLength(2);
  });

  it('rejects a snapshot made with different content', () => {
    const first = createActor(machine, { input: {} }).start();
    const saved = persistSnapshot(first);
    const changed = compileScenario(smallScenario({ title: 'Changed' }));
    expect(() => restoreActor(createScenarioMachine(changed), changed, saved)).toThrow(SnapshotMismatchError);
    expect(() => readPersistedSnapshot('{not json', compiled)).toThrow(SnapshotMismatchError);
    expect(() => readPersistedSnapshot('null', compiled)).toThrow(/different content/);
  });
});

describe('a damaged snapshot', () => {
  const first = createActor(machine, { input: {} }).start();
  first.send({ type: 'CHOOSE', choiceId: 'reflect' });
  const good = persistSnapshot(first);
  first.stop();
  const edit = (change: (snapshot: Record<string, unknown>) => void) => {
    const snapshot = JSON.parse(good) as Record<string, unknown>;
    change(snapshot);
    return JSON.stringify(snapshot);
  };
  const context = (snapshot: Record<string, unknown>) => snapshot.context as Record<string, unknown>;

  it.each([
    ['garbage', 'not json at all'],
    ['truncated', good.slice(0, Math.floor(good.length / 2))],
    ['without a status', edit((s) => delete s.status)],
    ['in a state the scenario does not have', edit((s) => (s.value = { nowhere: 'waiting' }))],
    ['without a state', edit((s) => (s.value = null))],
    ['without a transcript', edit((s) => (context(s).transcript = null))],
    ['without patient state', edit((s) => (context(s).patient = 'calm'))],
  ])('%s is refused as damaged, before anything runs or reports an uncaught error', (_name, json) => {
    expect(() => restoreActor(machine, compiled, json)).toThrow(SnapshotDamagedError);
  });

  it('is told apart from a snapshot of other content, which is a mismatch', () => {
    const other = good.replaceAll(compiled.contentHash, 'fnv1a64:0000000000000000');
    expect(() => restoreActor(machine, compiled, other)).toThrow(SnapshotMismatchError);
    expect(() => restoreActor(machine, compiled, other)).not.toThrow(SnapshotDamagedError);
  });
});
