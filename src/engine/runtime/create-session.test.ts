import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { choiceOrder } from './choice-order';
import { compileScenario } from './compile-scenario';
import { createSession } from './create-session';
import { SnapshotMismatchError } from './restore-session';
import type { SessionView } from './session.types';
import { deriveExpression } from '../model/expression';
import { smallScenario } from './testing/small-scenario';

const compiled = compileScenario(smallScenario());

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
});
afterEach(() => vi.useRealTimers());

describe('createSession', () => {
  it('exposes the view and notifies subscribers on every change', () => {
    const session = createSession(compiled);
    const seen: SessionView[] = [];
    const unsubscribe = session.subscribe((view) => seen.push(view));
    expect(session.getView()).toMatchObject({
      nodeId: 'open',
      phaseId: 'opening',
      status: 'active',
      timeLimitSeconds: 10,
      deadline: 1_010_000,
      choices: [
        { id: 'reflect', index: 0 },
        { id: 'dismiss', index: 1 },
      ],
      patientLine: { text: 'Well?', nonverbal: 'Arms crossed.', audio: null, expression: 'irritated' },
    });
    expect(session.getView()).toBe(session.getView());
    session.send({ type: 'CHOOSE', choiceId: 'reflect' });
    expect(seen.at(-1)?.nodeId).toBe('plan');
    // The face follows the state the choice left, so it agrees with the meters.
    expect(seen.at(-1)?.patientLine?.expression).toBe(deriveExpression(seen.at(-1)!.patient));
    unsubscribe();
    session.send({ type: 'CHOOSE', choiceId: 'goal' });
    expect(seen.at(-1)?.nodeId).toBe('plan');
    expect(session.getView()).toMatchObject({ status: 'ended', ending: { id: 'agreed', outcome: 'alliance', patientLine: 'Fine.' } });
    session.stop();
  });

  it("plays the build's voice clip for a line, unless the line names its own audio", () => {
    const scenario = smallScenario();
    const voiced = { ...compiled, voiceClips: { open: 'audio/small/open-1a2b.mp3', agreed: 'audio/small/agreed-3c4d.mp3' } };
    const session = createSession(voiced);
    expect(session.getView().patientLine?.audio).toBe('audio/small/open-1a2b.mp3');
    session.stop();
    const own = scenario.nodes.map((node) =>
      node.id === 'open' ? { ...node, patient: { text: 'Well?', audio: 'audio/small/actor.ogg' } } : node,
    );
    const recorded = createSession({ ...compileScenario({ ...scenario, nodes: own }), voiceClips: voiced.voiceClips });
    expect(recorded.getView().patientLine?.audio).toBe('audio/small/actor.ogg');
    recorded.stop();
  });

  it('starts at any node with a chosen patient state (authoring preview)', () => {
    const state = { anger: 10, trust: 80, injustice: 0, goalAgreement: 0, taskAgreement: 0 };
    const atPlan = createSession(compiled, { startNodeId: 'plan', startState: state });
    expect(atPlan.getView()).toMatchObject({ nodeId: 'plan', patient: state, expression: 'warm' });
    atPlan.send({ type: 'CHOOSE', choiceId: 'back' });
    expect(atPlan.getView()).toMatchObject({ nodeId: 'open', deadline: Date.now() + 10_000 });

    const atOpen = createSession(compiled, { startNodeId: 'open', startState: state });
    vi.advanceTimersByTime(10_000);
    expect(atOpen.getView().nodeId).toBe('plan');
    expect(() => createSession(compiled, { startNodeId: 'nowhere' })).toThrow(/nowhere/);
    expect(createSession(compiled, { startState: state }).getView()).toMatchObject({ nodeId: 'open', patient: state });
    expect(createSession(compiled, { timeLimitFactor: 4 }).getView()).toMatchObject({
      timeLimitSeconds: 40,
      deadline: Date.now() + 40_000,
    });
  });

  it('persists and resumes, with its checkpoints', () => {
    const session = createSession(compiled);
    session.send({ type: 'CHOOSE', choiceId: 'reflect' });
    const saved = session.persist();
    const checkpoints = session.checkpoints;
    session.stop();
    const resumed = createSession(compiled, { snapshot: saved, checkpoints });
    expect(resumed.getView().nodeId).toBe('plan');
    expect(resumed.checkpoints).toHaveLength(2);
    resumed.retryFrom(0);
    expect(resumed.getView()).toMatchObject({ nodeId: 'open', transcript: [] });
    const withoutHistory = createSession(compiled, { snapshot: saved });
    withoutHistory.send({ type: 'CHOOSE', choiceId: 'back' });
    expect(withoutHistory.checkpoints).toEqual([]);
  });

  it('takes a checkpoint before each decision; retrying restores it with a full time limit', () => {
    const session = createSession(compiled);
    vi.advanceTimersByTime(8_000);
    session.send({ type: 'CHOOSE', choiceId: 'reflect' });
    session.send({ type: 'CHOOSE', choiceId: 'back' });
    session.send({ type: 'CHOOSE', choiceId: 'reflect' });
    expect(session.checkpoints).toHaveLength(4);
    const views: SessionView[] = [];
    session.subscribe((view) => views.push(view));

    session.retryFrom(0);
    expect(views.at(-1)?.nodeId).toBe('open');
    expect(session.getView()).toMatchObject({ nodeId: 'open', deadline: Date.now() + 10_000, transcript: [] });
    expect(session.getView().patient).toEqual(smallScenario().initialState);
    expect(session.checkpoints).toHaveLength(1);
    session.send({ type: 'CHOOSE', choiceId: 'reflect' });
    expect(views.at(-1)?.nodeId).toBe('plan');
    expect(session.checkpoints).toHaveLength(2);
    expect(() => session.retryFrom(5)).toThrow(/No checkpoint/);
  });

  it('rejects a saved session from other content', () => {
    const session = createSession(compiled);
    const saved = session.persist();
    const changed = compileScenario(smallScenario({ summary: 'Edited.' }));
    expect(() => createSession(changed, { snapshot: saved })).toThrow(SnapshotMismatchError);
  });
});

describe('createSession: choice order per attempt', () => {
  const plan = compiled.scenario.nodes.find((node) => node.id === 'plan')!;
  const authored = plan.choices.map((c) => c.id);
  const orderAt = (session: ReturnType<typeof createSession>) => session.getView().choices.map((c) => c.id);
  /** A seed that shows `plan` in another order than written. */
  const seed = Array.from({ length: 50 }, (_, s) => s).find((s) => choiceOrder(s, 'plan', plan.choices)[0]!.id !== authored[0])!;
  const atPlan = (options: Parameters<typeof createSession>[1]) => {
    const session = createSession(compiled, options);
    session.send({ type: 'CHOOSE', choiceId: 'reflect' });
    return session;
  };

  it("shows the seed's order, with index the place on screen", () => {
    const session = atPlan({ seed });
    expect(session.seed).toBe(seed);
    expect(orderAt(session)).toEqual(choiceOrder(seed, 'plan', plan.choices).map((c) => c.id));
    expect(orderAt(session)).not.toEqual(authored);
    expect(session.getView().choices.map((c) => c.index)).toEqual([0, 1, 2]);
    expect(atPlan({}).seed).toBeNull();
    expect(orderAt(atPlan({}))).toEqual(authored);
  });

  it('records choice ids, so the transcript is the same in any order', () => {
    const play = (options: Parameters<typeof createSession>[1]) => {
      const session = atPlan(options);
      session.send({ type: 'CHOOSE', choiceId: 'goal' });
      return session.getView().transcript;
    };
    expect(play({ seed })).toEqual(play({}));
  });

  it('keeps the order across persist and resume, checkpoints and retrying', () => {
    const session = atPlan({ seed });
    const order = orderAt(session);
    const resumed = createSession(compiled, { snapshot: session.persist(), checkpoints: session.checkpoints });
    expect(resumed.seed).toBe(seed);
    expect(orderAt(resumed)).toEqual(order);
    resumed.send({ type: 'CHOOSE', choiceId: 'back' });
    resumed.retryFrom(1);
    expect(resumed.seed).toBe(seed);
    expect(orderAt(resumed)).toEqual(order);
    expect((JSON.parse(session.checkpoints[1]!) as { context: { seed: number } }).context.seed).toBe(seed);
  });

  it('resumes a snapshot saved before seeds existed in the authored order', () => {
    const saved = JSON.parse(atPlan({ seed }).persist()) as { context: Record<string, unknown> };
    delete saved.context.seed;
    const resumed = createSession(compiled, { snapshot: JSON.stringify(saved) });
    expect(resumed.seed).toBeNull();
    expect(orderAt(resumed)).toEqual(authored);
  });

  it('throws for a seed that is not an unsigned 32-bit integer', () => {
    expect(() => createSession(compiled, { seed: -1 })).toThrow(/unsigned 32-bit/);
    expect(() => createSession(compiled, { seed: 0.5 })).toThrow(/unsigned 32-bit/);
  });
});
