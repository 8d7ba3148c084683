import { describe, expect, it } from 'vitest';
import { fakeAttempt, fakeInProgress } from '../testing/fake-records';
import { openTestStore } from '../testing/open-test-store';
import { attemptCheck, inProgressCheck, isAttempt, isInProgress } from './record-checks';

describe('the choice-order seed on stored attempts', () => {
  it('accepts records without a seed (saved before choices were shuffled) and with a 32-bit one', () => {
    for (const seed of [undefined, 0, 123_456, 0xffffffff]) {
      expect(isAttempt(fakeAttempt({ seed }))).toBe(true);
      expect(isInProgress(fakeInProgress({ seed }))).toBe(true);
    }
  });

  it('rejects a seed that is not an unsigned 32-bit integer', () => {
    for (const seed of [-1, 1.5, 2 ** 32, '7', null]) {
      expect(attemptCheck({ ...fakeAttempt(), seed }, 'attempt')).toMatch(/attempt\.seed/);
      expect(inProgressCheck({ ...fakeInProgress(), seed }, 'inProgress')).toMatch(/inProgress\.seed/);
    }
  });

  it('keeps the seed through a save and a read', async () => {
    const { store } = await openTestStore();
    await store.attempts.save(fakeAttempt({ id: 'seeded', profileId: 'p1', seed: 99 }));
    await store.inProgress.save(fakeInProgress({ profileId: 'p1', scenarioId: 's1', seed: 7 }));
    expect((await store.attempts.get('seeded', 'p1'))?.seed).toBe(99);
    expect((await store.inProgress.get('p1', 's1'))?.seed).toBe(7);
  });
});
