import { describe, expect, it, vi } from 'vitest';
import { openTransferStore as openTestStore } from '../../export/backup/testing/open-transfer-store';
import { simulateQuota } from '../../storage/testing/simulate-quota';
import { fakeSource } from '../test-util/fixtures';
import { playStateOf, startAttempt } from './attempt-actor';

/** The parts of a persisted snapshot these tests read. */
type Persisted = { value: unknown; context: { transcript: unknown[] } };

const compiled = fakeSource().compiled[0]!;

async function playing() {
  const { store, notices } = await openTestStore();
  const play = startAttempt({ compiled, store, profileId: 'p1', timeLimitFactor: null, saved: null });
  // The opening save lands before the disk fills.
  await vi.waitFor(async () => expect(await store.inProgress.get('p1', compiled.scenario.id)).not.toBeNull());
  return { store, notices, play };
}

const fillDisk = () => simulateQuota(['inProgress', 'attempts']);

describe('The attempt on a full disk', () => {
  it('pauses with one message, takes no responses, and resumes once a save gets through', async () => {
    const { store, play } = await playing();
    const free = fillDisk();

    play.send({ type: 'CHOOSE', choiceId: 'reflect' });
    await vi.waitFor(() => expect(playStateOf(play.getSnapshot()).saveError).toMatch(/run out of space.*paused, and nothing is lost/));
    expect(playStateOf(play.getSnapshot()).view.status).toBe('paused');
    play.send({ type: 'CHOOSE', choiceId: 'goal' });
    expect(playStateOf(play.getSnapshot()).view.transcript).toHaveLength(1);

    const message = playStateOf(play.getSnapshot()).saveError;
    play.send({ type: 'RETRY_SAVE' });
    await vi.waitFor(() => expect(playStateOf(play.getSnapshot()).view.transcript).toHaveLength(1));
    expect(playStateOf(play.getSnapshot()).saveError).toBe(message);

    free();
    play.send({ type: 'RETRY_SAVE' });
    await vi.waitFor(() => expect(playStateOf(play.getSnapshot()).saveError).toBeNull());
    expect(playStateOf(play.getSnapshot()).view.status).toBe('active');
    const saved = await store.inProgress.get('p1', compiled.scenario.id);
    expect((JSON.parse(saved!.snapshot) as Persisted).context.transcript).toHaveLength(1);
    play.send({ type: 'CHOOSE', choiceId: 'goal' });
    expect(playStateOf(play.getSnapshot()).view.transcript).toHaveLength(2);
    play.send({ type: 'DISPOSE' });
  });

  it('keeps a finished attempt until it is saved, then saves it once', async () => {
    const { store, play } = await playing();
    play.send({ type: 'CHOOSE', choiceId: 'reflect' });
    await vi.waitFor(async () =>
      expect((JSON.parse((await store.inProgress.get('p1', compiled.scenario.id))!.snapshot) as Persisted).context.transcript).toHaveLength(
        1,
      ),
    );
    const free = fillDisk();

    play.send({ type: 'CHOOSE', choiceId: 'goal' });
    await vi.waitFor(() => expect(playStateOf(play.getSnapshot()).saveError).not.toBeNull());
    expect(playStateOf(play.getSnapshot()).view.status).toBe('ended');
    expect((await store.attempts.listByProfile('p1')).records).toEqual([]);

    play.send({ type: 'RETRY_SAVE' });
    await vi.waitFor(() => expect(playStateOf(play.getSnapshot()).saveError).not.toBeNull());
    free();
    play.send({ type: 'RETRY_SAVE' });
    await vi.waitFor(() => expect(playStateOf(play.getSnapshot()).finishedAttemptId).not.toBeNull());
    play.send({ type: 'RETRY_SAVE' });
    await vi.waitFor(async () => expect(await store.inProgress.get('p1', compiled.scenario.id)).toBeNull());

    const { records } = await store.attempts.listByProfile('p1');
    expect(records.map((record) => record.id)).toEqual([playStateOf(play.getSnapshot()).finishedAttemptId]);
    expect(records[0]!.transcript.map((entry) => entry.choiceId)).toEqual(['reflect', 'goal']);
    expect(playStateOf(play.getSnapshot()).saveError).toBeNull();
    play.send({ type: 'DISPOSE' });
  });
});
