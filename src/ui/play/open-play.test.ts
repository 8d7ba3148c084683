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
