import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { compileScenario } from './compile-scenario';
import { createScenarioMachine } from './create-scenario-machine';
import { selectView } from './select-view';
import { applyTurn } from '../model/patient-step';
import { smallScenario } from './testing/small-scenario';

const compiled = compileScenario(smallScenario());
const machine = createScenarioMachine(compiled);
const start = (input = {}) => createActor(machine, { input }).start();

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
});
afterEach(() => vi.useRealTimers());

describe('createScenarioMachine', () => {
  it('starts at the start node with the initial state and a running time limit', () => {
    const actor = start();
    const { context, value } = actor.getSnapshot();
    expect(value).toEqual({ open: 'waiting' });
    expect(context.patient).toEqual(smallScenario().initialState);
    expect(context.deadline).toBe(1_010_000);
    expect(context.remainingMs).toBe(10_000);
  });

  it('moves on a choice and records it in the transcript with the effect applied', () => {
    const actor = start();
    actor.send({ type: 'CHOOSE', choiceId: 'reflect' });
    const { context, value } = actor.getSnapshot();
    expect(value).toBe('plan');
    // The machine steps through the model's one step function.
    expect(context.patient).toEqual(applyTurn(smallScenario().initialState, ['CR']).state);
    expect(context.deadline).toBeNull();
    expect(context.transcript).toEqual([
      expect.objectContaining({ turn: 0, nodeId: 'open', kind: 'choice', choiceId: 'reflect', codes: ['CR'], at: 1_000_000 }),
    ]);
    expect(context.transcript[0]?.delta).toEqual(applyTurn(smallScenario().initialState, ['CR']).delta);
  });

  it('reads routes on the state after the turn', () => {
    // DIS lands in full: anger 60 + 12 = 72, over the route's 70.
    const actor = start();
    actor.send({ type: 'CHOOSE', choiceId: 'dismiss' });
    expect(actor.getSnapshot().value).toBe('walk-out');
    expect(actor.getSnapshot().status).toBe('done');

    const calm = start({ patient: { ...smallScenario().initialState, anger: 20 } });
    calm.send({ type: 'CHOOSE', choiceId: 'dismiss' });
    expect(calm.getSnapshot().value).toBe('plan');
  });

  it('ignores unknown choices and choices of other nodes', () => {
    const actor = start();
    actor.send({ type: 'CHOOSE', choiceId: 'goal' });
    actor.send({ type: 'CHOOSE', choiceId: 'nope' });
    expect(actor.getSnapshot().value).toEqual({ open: 'waiting' });
    expect(actor.getSnapshot().context.transcript).toHaveLength(0);
  });

  it('takes the time limit branch when the delay elapses and records a timeout', () => {
    const actor = start();
    vi.advanceTimersByTime(9_999);
    expect(actor.getSnapshot().value).toEqual({ open: 'waiting' });
    vi.advanceTimersByTime(1);
    const { context, value } = actor.getSnapshot();
    expect(value).toBe('plan');
    expect(context.transcript[0]).toMatchObject({ kind: 'timeout', choiceId: null, codes: [], delta: { anger: 8 } });
  });

  it('restarts the full time limit when a choice loops back to a timed node', () => {
    const actor = start();
    actor.send({ type: 'CHOOSE', choiceId: 'reflect' });
    vi.advanceTimersByTime(60_000);
    actor.send({ type: 'CHOOSE', choiceId: 'back' });
    expect(actor.getSnapshot().value).toEqual({ open: 'waiting' });
    expect(actor.getSnapshot().context.deadline).toBe(Date.now() + 10_000);
  });

  it('PAUSE cancels the delay and RESUME re-arms it with the time that was left', () => {
    const actor = start();
    vi.advanceTimersByTime(4_000);
    actor.send({ type: 'PAUSE' });
    expect(actor.getSnapshot().value).toEqual({ open: 'paused' });
    expect(selectView(actor.getSnapshot(), compiled)).toMatchObject({ status: 'paused', remainingMs: 6_000, deadline: null });
    actor.send({ type: 'CHOOSE', choiceId: 'reflect' });
    vi.advanceTimersByTime(60_000);
    expect(actor.getSnapshot().value).toEqual({ open: 'paused' });
    actor.send({ type: 'RESUME' });
    expect(actor.getSnapshot().context.deadline).toBe(Date.now() + 6_000);
    vi.advanceTimersByTime(5_999);
    expect(actor.getSnapshot().value).toEqual({ open: 'waiting' });
    vi.advanceTimersByTime(1);
    expect(actor.getSnapshot().value).toBe('plan');
  });

  it('pauses untimed nodes too, refusing choices until RESUME', () => {
    const actor = start();
    actor.send({ type: 'CHOOSE', choiceId: 'reflect' });
    actor.send({ type: 'PAUSE' });
    actor.send({ type: 'CHOOSE', choiceId: 'goal' });
    expect(actor.getSnapshot().value).toBe('plan');
    actor.send({ type: 'RESUME' });
    actor.send({ type: 'CHOOSE', choiceId: 'goal' });
    expect(actor.getSnapshot().value).toBe('agreed');
  });

  it('scales time limits by timeLimitFactor and switches them off with null', () => {
    const doubled = start({ timeLimitFactor: 2 });
    vi.advanceTimersByTime(10_000);
    expect(doubled.getSnapshot().value).toEqual({ open: 'waiting' });
    vi.advanceTimersByTime(10_000);
    expect(doubled.getSnapshot().value).toBe('plan');

    const untimed = start({ timeLimitFactor: null });
    vi.advanceTimersByTime(600_000);
    untimed.send({ type: 'TIME_UP' });
    expect(untimed.getSnapshot().value).toEqual({ open: 'waiting' });
    expect(selectView(untimed.getSnapshot(), compiled).timeLimitSeconds).toBeNull();
  });

  it('TIME_UP from the host takes the time limit branch at once', () => {
    const actor = start();
    actor.send({ type: 'TIME_UP' });
    expect(actor.getSnapshot().value).toBe('plan');
    expect(actor.getSnapshot().context.transcript[0]?.kind).toBe('timeout');
  });

  it('handles node ids that XState would read as paths', () => {
    const scenario = smallScenario();
    const renamed = JSON.parse(JSON.stringify(scenario).replaceAll('"plan"', '"plan.v2#x\\\\y"')) as typeof scenario;
    const c = compileScenario(renamed);
    const actor = createActor(createScenarioMachine(c), { input: {} }).start();
    actor.send({ type: 'CHOOSE', choiceId: 'reflect' });
    expect(selectView(actor.getSnapshot(), c).nodeId).toBe('plan.v2#x\\y');
    actor.send({ type: 'CHOOSE', choiceId: 'goal' });
    expect(selectView(actor.getSnapshot(), c).ending?.id).toBe('agreed');
  });
});
