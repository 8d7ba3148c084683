import { describe, expect, it, vi } from 'vitest';
import { openTransferStore as openTestStore } from '../../export/backup/testing/open-transfer-store';
import { simulateQuota } from '../../storage/testing/simulate-quota';
import { fakeSource } from '../test-util/fixtures';
import { PlayController } from './play-controller';

const compiled = fakeSource().compiled[0]!;

async function playing() {
  const { store, notices } = await openTestStore();
  const play = new PlayController({ compiled, store, profileId: 'p1', timeLimitFactor: null, saved: null });
  // The opening save lands before the disk fills.
  await vi.waitFor(async () => expect(await store.inProgress.get('p1', compiled.scenario.id)).not.toBeNull());
  return { store, notices, play };
}

const fillDisk = () => simulateQuota(['inProgress', 'attempts']);

describe('PlayController on a full disk', () => {
  it('pauses with one message, takes no responses, and resumes once a save gets through', async () => {
    const { store, play } = await playing();
    const free = fillDisk();

    play.choose('reflect');
    await vi.waitFor(() => expect(play.getState().saveError).toMatch(/run out of space.*paused, and nothing is lost/));
    expect(play.getState().view.status).toBe('paused');
    play.choose('goal');
    expect(play.getState().view.transcript).toHaveLength(1);

    const message = play.getState().saveError;
    play.retrySave();
    await vi.waitFor(() => expect(play.getState().view.transcript).toHaveLength(1));
    expect(play.getState().saveError).toBe(message);

    free();
    play.retrySave();
    await vi.waitFor(() => expect(play.getState().saveError).toBeNull());
    expect(play.getState().view.status).toBe('active');
    const saved = await store.inProgress.get('p1', compiled.scenario.id);
    expect(JSON.parse(saved!.snapshot).context.transcript).toHaveLength(1);
    play.choose('goal');
    expect(play.getState().view.transcript).toHaveLength(2);
    play.dispose();
  });

  it('keeps a finished attempt until it is saved, then saves it once', async () => {
    const { store, play } = await playing();
    play.choose('reflect');
    await vi.waitFor(async () => expect(JSON.parse((await store.inProgress.get('p1', compiled.scenario.id))!.snapshot).context.transcript).toHaveLength(1));
    const free = fillDisk();

    play.choose('goal');
    await vi.waitFor(() => expect(play.getState().saveError).not.toBeNull());
    expect(play.getState().view.status).toBe('ended');
    expect((await store.attempts.listByProfile('p1')).records).toEqual([]);

    play.retrySave();
    await vi.waitFor(() => expect(play.getState().saveError).not.toBeNull());
    free();
    play.retrySave();
    await vi.waitFor(() => expect(play.getState().finishedAttemptId).not.toBeNull());
    play.retrySave();
    await vi.waitFor(async () => expect(await store.inProgress.get('p1', compiled.scenario.id)).toBeNull());

    const { records } = await store.attempts.listByProfile('p1');
    expect(records.map((record) => record.id)).toEqual([play.getState().finishedAttemptId]);
    expect(records[0]!.transcript.map((entry) => entry.choiceId)).toEqual(['reflect', 'goal']);
    expect(play.getState().saveError).toBeNull();
    play.dispose();
  });
});
