import { describe, expect, it } from 'vitest';
import { createSession } from '../scenarios/engine';
import { fakeStore } from '../test-util/fake-store';
import { fakeSource } from '../test-util/fixtures';
import { openPlay } from './open-play';

describe('openPlay', () => {
  it('says so when it resumes an attempt that ended before it could be saved (offline, say)', async () => {
    const compiled = fakeSource().compiled[0]!;
    const session = createSession(compiled);
    session.send({ type: 'CHOOSE', choiceId: 'dismiss' });
    const snapshot = session.persist();
    session.stop();
    const store = fakeStore({
      inProgress: [{ profileId: 'p1', scenarioId: compiled.scenario.id, contentHash: compiled.contentHash, registration: 'r', startedAt: 1, updatedAt: 2, snapshot, checkpoints: [] }],
    });
    const opened = await openPlay({ scenarioId: compiled.scenario.id, profileId: 'p1', store, timeLimitFactor: null, loadScenario: async () => compiled, isCancelled: () => false });
    expect(opened && 'notice' in opened ? opened.notice : null).toBe('This attempt ended before it could be saved. It is being saved now.');
    if (opened && 'controller' in opened) await opened.controller.leave(true);
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
  const controllerOf = (opened: Awaited<ReturnType<typeof openPlay>>) => {
    if (!opened || !('controller' in opened)) throw new Error('no attempt opened');
    return opened.controller;
  };

  it('follows the setting for a new attempt', async () => {
    expect(controllerOf(await open(fakeStore(), 'off')).getState().freeText).toBe('off');
    expect(controllerOf(await open(fakeStore(), 'ask')).getState().freeText).toBe('ask');
    const always = controllerOf(await open(fakeStore(), 'always'));
    expect(always.getState().freeText).toBe('on');
    always.saveDraft('What matters');
    expect(always.draft).toBe('What matters');
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
    const resumed = controllerOf(await open(store, 'off'));
    expect(resumed.getState().freeText).toBe('on');
    expect(resumed.draft).toBe('You sound fed up');
    await resumed.leave(true);
    expect((await store.inProgress.get('p1', compiled.scenario.id))?.freeText?.draft).toBe('You sound fed up');
  });
});
