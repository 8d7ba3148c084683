import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from 'xstate';
import type { InProgressRecord } from '../../storage/storage.types';
import { fakeStore } from '../test-util/fake-store';
import { fakeSource } from '../test-util/fixtures';
import { leaveAttempt, playStateOf, startAttempt, writesSettled } from './attempt-actor';
import type { AttemptActor, AttemptSnapshot } from './attempt-machine';
import { registerAttemptObserver } from './attempt-observers';
import { RETRY_DELAYS_MS } from './save-retry';

/** The parts of a persisted snapshot these tests read. */
type Persisted = { value: unknown; context: { transcript: unknown[] } };

const compiled = fakeSource().compiled[0]!;
const start = (store = fakeStore()) => startAttempt({ compiled, store, profileId: 'p1', timeLimitFactor: null, saved: null });
const stateOf = (play: AttemptActor) => playStateOf(play.getSnapshot());
const choose = (play: AttemptActor, choiceId: string) => play.send({ type: 'CHOOSE', choiceId });
/** The attempt region's state, as a dotted path. */
const attemptState = (snapshot: AttemptSnapshot): string => {
  const value = (snapshot.value as { attempt: string | Record<string, string> }).attempt;
  return typeof value === 'string' ? value : Object.entries(value).map(([parent, child]) => `${parent}.${child}`)[0]!;
};

/** A promise the test settles. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('attemptMachine', () => {
  it('plays, saving progress after every change; at the ending it scores, saves and is saved', async () => {
    const store = fakeStore();
    const play = start(store);
    const visited: string[] = [];
    play.subscribe((snapshot) => visited.push(attemptState(snapshot)));
    expect(attemptState(play.getSnapshot())).toBe('playing');
    await waitFor(play, writesSettled);
    expect(store.data.inProgress).toHaveLength(1);

    choose(play, 'reflect');
    await waitFor(play, writesSettled);
    expect((JSON.parse(store.data.inProgress[0]!.snapshot) as Persisted).context.transcript).toHaveLength(1);

    choose(play, 'goal');
    const saved = await waitFor(play, (snapshot) => snapshot.matches({ attempt: 'saved' }));
    // saving.waiting lasts only while the ending's progress is still being written.
    expect([...new Set(visited)].filter((state) => state !== 'saving.waiting')).toEqual(['playing', 'scoring', 'saving.writing', 'saved']);
    expect(store.data.attempts.map((record) => record.id)).toEqual([saved.context.finishedAttemptId]);
    expect(store.data.attempts[0]).toMatchObject({ status: 'completed', outcome: 'alliance' });
    expect(store.data.inProgress).toEqual([]);
  });

  it('goes to saveFailed when the finished attempt cannot be saved, and to saved on Try again, saving it once', async () => {
    const store = fakeStore();
    const save = store.attempts.save.bind(store.attempts);
    const attemptsSave = vi.spyOn(store.attempts, 'save').mockRejectedValueOnce(new Error('disk on fire')).mockImplementation(save);
    const play = start(store);
    choose(play, 'reflect');
    choose(play, 'goal');
    await waitFor(play, (snapshot) => snapshot.matches({ attempt: 'saveFailed' }));
    expect(stateOf(play).saveError).toMatch(/^This conversation could not be saved \(disk on fire\)\. It is paused, and nothing is lost/);
    expect(stateOf(play).finishedAttemptId).toBeNull();
    expect(store.data.attempts).toEqual([]);

    play.send({ type: 'RETRY_SAVE' });
    await waitFor(play, (snapshot) => snapshot.matches({ attempt: 'saved' }));
    expect(attemptsSave).toHaveBeenCalledTimes(2);
    expect(attemptsSave.mock.calls[0]![0].id).toBe(attemptsSave.mock.calls[1]![0].id);
    expect(store.data.attempts.map((record) => record.id)).toEqual([stateOf(play).finishedAttemptId]);
    expect(stateOf(play).saveError).toBeNull();
  });

  it('tries a failed save again on a timer that backs off, and resumes the paused conversation once it saves', async () => {
    vi.useFakeTimers();
    const store = fakeStore();
    const save = store.inProgress.save.bind(store.inProgress);
    const progressSave = vi
      .spyOn(store.inProgress, 'save')
      .mockRejectedValueOnce(new Error('busy'))
      .mockRejectedValueOnce(new Error('busy'))
      .mockImplementation(save);
    const play = start(store);
    await vi.advanceTimersByTimeAsync(0);
    expect(stateOf(play).saveError).not.toBeNull();
    expect(stateOf(play).view.status).toBe('paused');

    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0] - 1);
    expect(progressSave).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(progressSave).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1] - 1);
    expect(progressSave).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    // The third try saves; the conversation, resumed, is saved as it now is.
    expect(progressSave).toHaveBeenCalledTimes(4);
    expect(stateOf(play).saveError).toBeNull();
    expect(stateOf(play).view.status).toBe('active');
    expect(store.data.inProgress).toHaveLength(1);
    play.send({ type: 'DISPOSE' });
  });

  it('pauses and resumes the conversation, taking no response while paused', () => {
    const play = start();
    play.send({ type: 'PAUSE' });
    expect(stateOf(play).view.status).toBe('paused');
    choose(play, 'reflect');
    expect(stateOf(play).view.transcript).toHaveLength(0);
    play.send({ type: 'RESUME' });
    expect(stateOf(play).view.status).toBe('active');
    choose(play, 'reflect');
    expect(stateOf(play).view.transcript).toHaveLength(1);
    play.send({ type: 'DISPOSE' });
  });

  it('leaves only once the save under way is done, with the conversation paused and kept', async () => {
    const store = fakeStore();
    const save = store.inProgress.save.bind(store.inProgress);
    const opening = deferred();
    vi.spyOn(store.inProgress, 'save').mockImplementationOnce(async (record: InProgressRecord) => {
      await opening.promise;
      await save(record);
    });
    const play = start(store);
    let left = false;
    const leaving = leaveAttempt(play, true).then(() => (left = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(attemptState(play.getSnapshot())).toBe('left');
    expect(left).toBe(false);

    opening.resolve();
    await leaving;
    expect((JSON.parse(store.data.inProgress[0]!.snapshot) as Persisted).value).toBeDefined();
    expect(store.data.attempts).toEqual([]);
    expect(stateOf(play).saveError).toBeNull();
    play.send({ type: 'DISPOSE' });
    expect(play.getSnapshot().status).toBe('done');
  });

  it('on leaving as ended, saves the attempt as abandoned and clears its progress', async () => {
    const store = fakeStore();
    const play = start(store);
    choose(play, 'reflect');
    await leaveAttempt(play, false);
    expect(store.data.attempts).toMatchObject([{ status: 'abandoned' }]);
    expect(store.data.inProgress).toEqual([]);
  });

  it('restarts as a new attempt, saving the one left as abandoned', async () => {
    const events: string[] = [];
    const off = registerAttemptObserver({
      started: (info) => void events.push(`started:${info.registration}`),
      abandoned: () => void events.push('abandoned'),
    });
    const store = fakeStore();
    const play = start(store);
    const first = play.getSnapshot().context.info.registration;
    choose(play, 'reflect');
    play.send({ type: 'RESTART' });
    expect(attemptState(play.getSnapshot())).toBe('playing');
    expect(stateOf(play).view.transcript).toHaveLength(0);
    await waitFor(play, writesSettled);
    const second = play.getSnapshot().context.info.registration;
    expect(second).not.toBe(first);
    expect(store.data.attempts).toMatchObject([{ status: 'abandoned', registration: first }]);
    expect(store.data.inProgress).toMatchObject([{ registration: second }]);
    expect(events).toEqual([`started:${first}`, `started:${second}`, 'abandoned']);
    off();
    play.send({ type: 'DISPOSE' });
  });

  it('on DISPOSE keeps the progress, stops the session and finishes once nothing is owed', async () => {
    const store = fakeStore();
    const play = start(store);
    choose(play, 'reflect');
    play.send({ type: 'DISPOSE' });
    expect(attemptState(play.getSnapshot())).toBe('closed');
    expect(play.getSnapshot().context.session.getSnapshot().status).toBe('stopped');
    await waitFor(play, (snapshot) => snapshot.status === 'done');
    expect((JSON.parse(store.data.inProgress[0]!.snapshot) as Persisted).context.transcript).toHaveLength(1);
  });
});
