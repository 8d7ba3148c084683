import { describe, expect, it, vi } from 'vitest';
import { waitFor } from 'xstate';
import { forPlay } from '../../engine/trainee';
import { createSession, type CompiledScenario } from '../scenarios/engine';
import { fakeStore } from '../test-util/fake-store';
import { fakeSource } from '../test-util/fixtures';
import { draftOf, leaveAttempt, playStateOf } from './attempt-actor';
import { openPlay } from './open-play';

describe('openPlay', () => {
  it('says so when it resumes an attempt that ended before it could be saved (offline, say)', async () => {
    const compiled = fakeSource().compiled[0]!;
    const session = createSession(compiled);
    session.send({ type: 'CHOOSE', choiceId: 'dismiss' });
    const snapshot = session.persist();
    session.stop();
    const store = fakeStore({
      inProgress: [
        {
          profileId: 'p1',
          scenarioId: compiled.scenario.id,
          contentHash: compiled.contentHash,
          registration: 'r',
          startedAt: 1,
          updatedAt: 2,
          snapshot,
          checkpoints: [],
        },
      ],
    });
    const opened = await openPlay({
      scenarioId: compiled.scenario.id,
      profileId: 'p1',
      store,
      timeLimitFactor: null,
      loadScenario: async () => compiled,
      isCancelled: () => false,
    });
    expect(opened && 'notice' in opened ? opened.notice : null).toBe('This attempt ended before it could be saved. It is being saved now.');
    if (opened && 'attempt' in opened) await leaveAttempt(opened.attempt, true);
  });
});

describe('openPlay in free-text mode', () => {
  const compiled = fakeSource().compiled[0]!;
  const open = (store: ReturnType<typeof fakeStore>, mode: 'off' | 'ask' | 'always') =>
    openPlay({
      scenarioId: compiled.scenario.id,
      profileId: 'p1',
      store,
      timeLimitFactor: null,
      freeText: { mode, keepWords: true },
      loadScenario: async () => compiled,
      isCancelled: () => false,
    });
  const attemptOf = (opened: Awaited<ReturnType<typeof openPlay>>) => {
    if (!opened || !('attempt' in opened)) throw new Error('no attempt opened');
    return opened.attempt;
  };

  it('follows the setting for a new attempt', async () => {
    expect(playStateOf(attemptOf(await open(fakeStore(), 'off')).getSnapshot()).freeText).toBe('off');
    expect(playStateOf(attemptOf(await open(fakeStore(), 'ask')).getSnapshot()).freeText).toBe('ask');
    const always = attemptOf(await open(fakeStore(), 'always'));
    expect(playStateOf(always.getSnapshot()).freeText).toBe('on');
    always.send({ type: 'DRAFT', text: 'What matters' });
    expect(draftOf(always)).toBe('What matters');
  });

  it('resumes an attempt answered in free text in free text, with its draft, even with the setting now off', async () => {
    const session = createSession(compiled);
    const snapshot = session.persist();
    session.stop();
    const store = fakeStore({
      inProgress: [
        {
          profileId: 'p1',
          scenarioId: compiled.scenario.id,
          contentHash: compiled.contentHash,
          registration: 'r',
          startedAt: 1,
          updatedAt: 2,
          snapshot,
          checkpoints: [],
          freeText: { turns: {}, draft: 'You sound fed up' },
        },
      ],
    });
    const resumed = attemptOf(await open(store, 'off'));
    expect(playStateOf(resumed.getSnapshot()).freeText).toBe('on');
    expect(draftOf(resumed)).toBe('You sound fed up');
    await leaveAttempt(resumed, true);
    expect((await store.inProgress.get('p1', compiled.scenario.id))?.freeText?.draft).toBe('You sound fed up');
  });
});

describe("openPlay with the play screen's copy of a scenario", () => {
  const fixture = fakeSource().compiled[0]!;
  // Every response explained, as in the shipped scenarios.
  const whole: CompiledScenario = {
    ...fixture,
    scenario: {
      ...fixture.scenario,
      nodes: fixture.scenario.nodes.map((node) => ({
        ...node,
        choices: node.choices.map((choice) => ({ ...choice, feedback: `Feedback on ${choice.id}.` })),
      })),
    },
  };
  const playToEnd = async (loadScenario: () => Promise<CompiledScenario>) => {
    const store = fakeStore();
    const opened = await openPlay({
      scenarioId: whole.scenario.id,
      profileId: 'p1',
      store,
      timeLimitFactor: null,
      loadScenario,
      loadForPlay: async () => forPlay(whole),
      isCancelled: () => false,
    });
    if (!opened || !('attempt' in opened)) throw new Error('no attempt opened');
    expect(opened.compiled.playOnly).toBe(true);
    const loadedBeforeTheEnd = vi.mocked(loadScenario).mock.calls.length;
    for (const choiceId of ['reflect', 'goal']) opened.attempt.send({ type: 'CHOOSE', choiceId });
    await waitFor(opened.attempt, (snapshot) => snapshot.matches({ attempt: 'saved' }));
    return { record: store.data.attempts[0]!, loadedBeforeTheEnd };
  };

  it('plays the copy, and scores the attempt with the whole scenario, loaded only at the ending', async () => {
    const loadScenario = vi.fn(async () => whole);
    const { record, loadedBeforeTheEnd } = await playToEnd(loadScenario);
    expect(loadedBeforeTheEnd).toBe(0);
    expect(loadScenario).toHaveBeenCalledTimes(1);
    expect(record.contentHash).toBe(whole.contentHash);
    expect(record.score?.decisions[0]?.why).toContain('Feedback on reflect.');
  });

  it('saves the attempt unscored, for the debrief to score, when the whole scenario cannot be loaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { record } = await playToEnd(vi.fn(() => Promise.reject(new Error('offline'))));
    expect(record).toMatchObject({ status: 'completed', score: null });
    expect(warn).toHaveBeenCalledWith('Could not load the scenario to score this attempt', expect.any(Error));
    warn.mockRestore();
  });
});
