import { describe, expect, it } from 'vitest';
import { fakeAttempt, fakeInProgress, fakeProfile } from './testing/fake-records';
import { openRawDb, openTestStore } from './testing/open-test-store';

describe('unreadable records', () => {
  it('skips and counts a corrupt attempt, reports it once, and never deletes it', async () => {
    const { store, notices, name } = await openTestStore();
    const profile = fakeProfile({ id: 'p1' });
    const raw = await openRawDb(name);
    await raw.table('profiles').put(profile);
    await store.attempts.save(fakeAttempt({ id: 'good-1', profileId: 'p1', finishedAt: 10 }));
    await store.attempts.save(fakeAttempt({ id: 'good-2', profileId: 'p1', finishedAt: 20 }));
    await raw.table('attempts').put({ ...fakeAttempt({ id: 'bad', profileId: 'p1' }), transcript: [{ turn: 'x' }] });

    const first = await store.attempts.listByProfile('p1');
    const second = await store.attempts.listByProfile('p1');

    expect(first.records.map((a) => a.id)).toEqual(['good-2', 'good-1']);
    expect(first.skipped).toBe(1);
    expect(second.skipped).toBe(1);
    const corrupt = notices.filter((notice) => notice.kind === 'corrupt-skipped');
    expect(corrupt).toHaveLength(1);
    expect(corrupt[0]).toMatchObject({ count: 1, message: expect.stringMatching(/could not be read.*not deleted/s) });
    expect(await raw.table('attempts').get('bad')).toBeDefined();
  });

  it('returns null for a corrupt attempt fetched by id', async () => {
    const { store, notices, name } = await openTestStore();
    const raw = await openRawDb(name);
    await raw.table('attempts').put({ id: 'bad', profileId: 'p1', score: 'lots' });
    expect(await store.attempts.get('bad', 'p1')).toBeNull();
    expect(notices.map((notice) => notice.kind)).toEqual(['corrupt-skipped']);
  });

  it('skips a corrupt profile and in-progress record without failing the read', async () => {
    const { store, notices, name } = await openTestStore();
    const raw = await openRawDb(name);
    await store.profiles.create('Ana');
    await raw.table('profiles').put({ id: 'broken', displayName: 42 });
    await raw.table('inProgress').put({ profileId: 'p1', scenarioId: 's1', snapshot: null });
    await store.inProgress.save(fakeInProgress({ profileId: 'p1', scenarioId: 's2' }));

    expect((await store.profiles.list()).map((p) => p.displayName)).toEqual(['Ana']);
    expect((await store.inProgress.latest('p1'))?.scenarioId).toBe('s2');
    expect(await store.inProgress.get('p1', 's1')).toBeNull();
    expect(notices.filter((n) => n.kind === 'corrupt-skipped')).toHaveLength(2);
  });

  it('repairs unreadable settings field by field and says which', async () => {
    const { store, notices, name } = await openTestStore();
    const raw = await openRawDb(name);
    await raw.table('settings').put({ key: 'settings', value: { activeProfileId: 'p1', volume: 'loud', muted: true } });

    const settings = await store.settings.get();

    expect(settings).toMatchObject({ activeProfileId: 'p1', muted: true, volume: 0.8 });
    expect(notices[0]).toMatchObject({ kind: 'corrupt-skipped', message: expect.stringContaining('volume') });
    expect(await store.settings.update({ volume: 0.5 })).toMatchObject({ activeProfileId: 'p1', volume: 0.5 });
  });

  it('refuses to write a malformed record, which would be a bug in the caller', async () => {
    const { store } = await openTestStore();
    const broken = { ...fakeAttempt(), outcome: 'triumph' } as unknown as Parameters<typeof store.attempts.save>[0];
    await expect(store.attempts.save(broken)).rejects.toThrow(/attempt\.outcome/);
    await expect(store.settings.update({ volume: 3 })).rejects.toThrow(/volume/);
  });
});
