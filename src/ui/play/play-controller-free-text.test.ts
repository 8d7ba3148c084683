import { describe, expect, it, vi } from 'vitest';
import type { FreeTextTurn } from '../../storage/storage.types';
import { openTransferStore as openTestStore } from '../../export/backup/testing/open-transfer-store';
import { fakeSource } from '../test-util/fixtures';
import { FreeTextAnswers } from './free-text-answers';
import { PlayController } from './play-controller';

const compiled = fakeSource().compiled[0]!;
const scenarioId = compiled.scenario.id;

const answer = (words: string, closestChoiceId: string, overridden = false): FreeTextTurn => ({
  words,
  codes: [{ code: 'CR', confidence: 0.9 }],
  behaviour: 'reflection',
  kind: 'complex',
  closestChoiceId,
  overridden,
});

async function playing(mode: 'off' | 'ask' | 'always', keepWords = true) {
  const { store } = await openTestStore();
  const open = (saved: Awaited<ReturnType<typeof store.inProgress.get>> = null) =>
    new PlayController({ compiled, store, profileId: 'p1', timeLimitFactor: null, saved, freeText: { mode, keepWords, Answers: FreeTextAnswers } });
  return { store, open };
}

describe('PlayController in free-text mode', () => {
  it('follows the setting: always on, off, or asked once at the start', async () => {
    expect((await playing('always')).open().getState().freeText).toBe('on');
    expect((await playing('off')).open().getState().freeText).toBe('off');
    const asked = (await playing('ask')).open();
    expect(asked.getState().freeText).toBe('ask');
    asked.useFreeText(true);
    expect(asked.getState().freeText).toBe('on');
  });

  it('keeps the typed words and the draft in progress, so a reload resumes in free-text mode with both', async () => {
    const { store, open } = await playing('always');
    const play = open();
    play.chooseInOwnWords('reflect', 0, answer('You sound fed up.', 'reflect'));
    play.saveDraft('What matters');
    await vi.waitFor(async () => expect((await store.inProgress.get('p1', scenarioId))?.freeText?.draft).toBe('What matters'));
    play.dispose();

    const saved = await store.inProgress.get('p1', scenarioId);
    expect(saved?.freeText?.turns['0']?.words).toBe('You sound fed up.');
    const resumed = (await playing('off')).open(saved);
    expect(resumed.getState().freeText).toBe('on');
    expect(resumed.draft).toBe('What matters');
    resumed.dispose();
  });

  it('stores each answer beside its transcript entry; the choice, not the words, decides the route', async () => {
    const { store, open } = await playing('always');
    const play = open();
    play.chooseInOwnWords('reflect', 0, answer('You sound fed up.', 'reflect'));
    play.chooseInOwnWords('goal', 1, answer('You have to try harder.', 'argue', true));
    await vi.waitFor(() => expect(play.getState().finishedAttemptId).not.toBeNull());
    const attempt = await store.attempts.get(play.getState().finishedAttemptId!, 'p1');
    expect(attempt?.outcome).toBe('alliance');
    expect(attempt?.transcript.map((entry) => [entry.choiceId, entry.freeText?.words, entry.freeText?.overridden])).toEqual([
      ['reflect', 'You sound fed up.', false],
      ['goal', 'You have to try harder.', true],
    ]);
  });

  it('drops the words (and never saves drafts) when the program turns keeping them off', async () => {
    const { store, open } = await playing('always', false);
    const play = open();
    play.saveDraft('secret draft');
    play.chooseInOwnWords('reflect', 0, answer('You sound fed up.', 'reflect'));
    play.chooseInOwnWords('goal', 1, answer('What matters to you?', 'goal'));
    await vi.waitFor(() => expect(play.getState().finishedAttemptId).not.toBeNull());
    const attempt = await store.attempts.get(play.getState().finishedAttemptId!, 'p1');
    expect(attempt?.transcript[0]?.freeText).toEqual({ codes: [{ code: 'CR', confidence: 0.9 }], behaviour: 'reflection', kind: 'complex', closestChoiceId: 'reflect', overridden: false });
    expect(JSON.stringify(attempt)).not.toMatch(/secret draft|You sound fed up\./);
  });

  it('ignores an answer for a turn no longer on screen', async () => {
    const { open } = await playing('always');
    const play = open();
    play.chooseInOwnWords('reflect', 0, answer('one', 'reflect'));
    play.chooseInOwnWords('dismiss', 0, answer('two', 'dismiss'));
    expect(play.getState().view.transcript).toHaveLength(1);
    play.dispose();
  });
});
