import { describe, expect, it, vi } from 'vitest';
import type { FreeTextTurn } from '../../storage/storage.types';
import { openTransferStore as openTestStore } from '../../export/backup/testing/open-transfer-store';
import { fakeSource } from '../test-util/fixtures';
import { FreeTextAnswers } from './free-text-answers';
import { draftOf, playStateOf, startAttempt } from './attempt-actor';

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
    startAttempt({
      compiled,
      store,
      profileId: 'p1',
      timeLimitFactor: null,
      saved,
      freeText: { mode, keepWords, Answers: FreeTextAnswers },
    });
  return { store, open };
}

describe('The attempt in free-text mode', () => {
  it('follows the setting: always on, off, or asked once at the start', async () => {
    expect(playStateOf((await playing('always')).open().getSnapshot()).freeText).toBe('on');
    expect(playStateOf((await playing('off')).open().getSnapshot()).freeText).toBe('off');
    const asked = (await playing('ask')).open();
    expect(playStateOf(asked.getSnapshot()).freeText).toBe('ask');
    asked.send({ type: 'USE_FREE_TEXT', on: true });
    expect(playStateOf(asked.getSnapshot()).freeText).toBe('on');
  });

  it('keeps the typed words and the draft in progress, so a reload resumes in free-text mode with both', async () => {
    const { store, open } = await playing('always');
    const play = open();
    play.send({ type: 'CHOOSE_OWN_WORDS', choiceId: 'reflect', turn: 0, answer: answer('You sound fed up.', 'reflect') });
    play.send({ type: 'DRAFT', text: 'What matters' });
    await vi.waitFor(async () => expect((await store.inProgress.get('p1', scenarioId))?.freeText?.draft).toBe('What matters'));
    play.send({ type: 'DISPOSE' });

    const saved = await store.inProgress.get('p1', scenarioId);
    expect(saved?.freeText?.turns['0']?.words).toBe('You sound fed up.');
    const resumed = (await playing('off')).open(saved);
    expect(playStateOf(resumed.getSnapshot()).freeText).toBe('on');
    expect(draftOf(resumed)).toBe('What matters');
    resumed.send({ type: 'DISPOSE' });
  });

  it('stores each answer beside its transcript entry; the choice, not the words, decides the route', async () => {
    const { store, open } = await playing('always');
    const play = open();
    play.send({ type: 'CHOOSE_OWN_WORDS', choiceId: 'reflect', turn: 0, answer: answer('You sound fed up.', 'reflect') });
    play.send({ type: 'CHOOSE_OWN_WORDS', choiceId: 'goal', turn: 1, answer: answer('You have to try harder.', 'argue', true) });
    await vi.waitFor(() => expect(playStateOf(play.getSnapshot()).finishedAttemptId).not.toBeNull());
    const attempt = await store.attempts.get(playStateOf(play.getSnapshot()).finishedAttemptId!, 'p1');
    expect(attempt?.outcome).toBe('alliance');
    expect(attempt?.transcript.map((entry) => [entry.choiceId, entry.freeText?.words, entry.freeText?.overridden])).toEqual([
      ['reflect', 'You sound fed up.', false],
      ['goal', 'You have to try harder.', true],
    ]);
  });

  it('drops the words (and never saves drafts) when the program turns keeping them off', async () => {
    const { store, open } = await playing('always', false);
    const play = open();
    play.send({ type: 'DRAFT', text: 'secret draft' });
    play.send({ type: 'CHOOSE_OWN_WORDS', choiceId: 'reflect', turn: 0, answer: answer('You sound fed up.', 'reflect') });
    play.send({ type: 'CHOOSE_OWN_WORDS', choiceId: 'goal', turn: 1, answer: answer('What matters to you?', 'goal') });
    await vi.waitFor(() => expect(playStateOf(play.getSnapshot()).finishedAttemptId).not.toBeNull());
    const attempt = await store.attempts.get(playStateOf(play.getSnapshot()).finishedAttemptId!, 'p1');
    expect(attempt?.transcript[0]?.freeText).toEqual({
      codes: [{ code: 'CR', confidence: 0.9 }],
      behaviour: 'reflection',
      kind: 'complex',
      closestChoiceId: 'reflect',
      overridden: false,
    });
    expect(JSON.stringify(attempt)).not.toMatch(/secret draft|You sound fed up\./);
  });

  it('ignores an answer for a turn no longer on screen', async () => {
    const { open } = await playing('always');
    const play = open();
    play.send({ type: 'CHOOSE_OWN_WORDS', choiceId: 'reflect', turn: 0, answer: answer('one', 'reflect') });
    play.send({ type: 'CHOOSE_OWN_WORDS', choiceId: 'dismiss', turn: 0, answer: answer('two', 'dismiss') });
    expect(playStateOf(play.getSnapshot()).view.transcript).toHaveLength(1);
    play.send({ type: 'DISPOSE' });
  });
});
