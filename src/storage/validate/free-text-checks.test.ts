import { describe, expect, it } from 'vitest';
import type { FreeTextTurn } from '../storage.types';
import { fakeAttempt, fakeEntry, fakeFreeTextTurn, fakeInProgress } from '../testing/fake-records';
import { openTestStore } from '../testing/open-test-store';
import { attemptCheck, inProgressCheck, isAttempt, isInProgress } from './record-checks';

const turn = fakeFreeTextTurn;

describe('free-text answers on stored records', () => {
  it('accepts transcript entries with and without free text, with or without the words', () => {
    const { words: _dropped, ...withoutWords } = turn();
    const attempt = fakeAttempt({
      transcript: [fakeEntry(0), { ...fakeEntry(1), freeText: turn() }, { ...fakeEntry(2), freeText: withoutWords }],
    });
    expect(isAttempt(attempt)).toBe(true);
  });

  it('rejects a damaged free-text answer, naming where', () => {
    const attempt = fakeAttempt({
      transcript: [{ ...fakeEntry(0), freeText: { ...turn(), overridden: 'yes' } as unknown as FreeTextTurn }],
    });
    expect(attemptCheck(attempt, 'attempt')).toBe('attempt.transcript[0].freeText.overridden should be true or false');
    const codes = fakeAttempt({
      transcript: [{ ...fakeEntry(0), freeText: { ...turn(), codes: [{ code: 'EXP' }] } as unknown as FreeTextTurn }],
    });
    expect(attemptCheck(codes, 'attempt')).toMatch(/freeText\.codes\[0\]\.confidence/);
  });

  it('checks the free-text progress of a conversation in progress', () => {
    expect(isInProgress(fakeInProgress({ freeText: { turns: { '0': turn() }, draft: 'I hear' } }))).toBe(true);
    expect(isInProgress(fakeInProgress({ freeText: { turns: {} } }))).toBe(true);
    const bad = { ...fakeInProgress(), freeText: { turns: { '0': { words: 3 } } } };
    expect(inProgressCheck(bad, 'inProgress')).toMatch(/inProgress\.freeText\.turns\.0\.words should be text/);
  });

  it('keeps the typed words through a save and a read', async () => {
    const { store } = await openTestStore();
    await store.attempts.save(fakeAttempt({ id: 'typed', profileId: 'p1', transcript: [{ ...fakeEntry(0), freeText: turn() }] }));
    await store.inProgress.save(fakeInProgress({ profileId: 'p1', scenarioId: 's1', freeText: { turns: { '0': turn() }, draft: 'half' } }));
    expect((await store.attempts.get('typed', 'p1'))?.transcript[0]?.freeText?.words).toBe('What has been hardest for you?');
    expect((await store.inProgress.get('p1', 's1'))?.freeText?.draft).toBe('half');
  });
});
