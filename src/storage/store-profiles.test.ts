import { describe, expect, it } from 'vitest';
import { fakeAttempt, fakeInProgress } from './testing/fake-records';
import { openTestStore } from './testing/open-test-store';

describe('profiles and scoping', () => {
  it('creates profiles with a display name or a program-issued id', async () => {
    const { store } = await openTestStore();
    const ana = await store.profiles.create('  Ana  ');
    const badge = await store.profiles.create('Student 4471', 'PT-2025-4471');
    expect(ana).toMatchObject({ displayName: 'Ana', programId: null });
    expect(badge.programId).toBe('PT-2025-4471');
    expect(await store.profiles.get(badge.id)).toEqual(badge);
    expect(await store.profiles.get('nobody')).toBeNull();
    await expect(store.profiles.create('   ')).rejects.toThrow(/display name/);
  });

  it('shows each profile only its own history, unfinished work and attempts', async () => {
    const { store } = await openTestStore();
    const ana = await store.profiles.create('Ana');
    const ben = await store.profiles.create('Ben');
    await store.attempts.save(fakeAttempt({ id: 'ana-1', profileId: ana.id }));
    await store.attempts.save(fakeAttempt({ id: 'ben-1', profileId: ben.id }));
    await store.attempts.save(fakeAttempt({ id: 'ben-2', profileId: ben.id }));
    await store.inProgress.save(fakeInProgress({ profileId: ben.id, scenarioId: 's1' }));

    expect((await store.attempts.listByProfile(ana.id)).records.map((a) => a.id)).toEqual(['ana-1']);
    expect((await store.attempts.listByProfile(ben.id)).records.map((a) => a.id).sort()).toEqual(['ben-1', 'ben-2']);
    expect(await store.inProgress.latest(ana.id)).toBeNull();
    expect(await store.inProgress.get(ana.id, 's1')).toBeNull();
    expect((await store.inProgress.latest(ben.id))?.scenarioId).toBe('s1');
  });

  it('scopes fetching an attempt by id to the active profile when none is named', async () => {
    const { store } = await openTestStore();
    const ana = await store.profiles.create('Ana');
    const ben = await store.profiles.create('Ben');
    await store.attempts.save(fakeAttempt({ id: 'ben-1', profileId: ben.id }));

    await store.settings.update({ activeProfileId: ana.id });
    expect(await store.attempts.get('ben-1')).toBeNull();
    expect(await store.attempts.get('ben-1', ana.id)).toBeNull();

    await store.settings.update({ activeProfileId: ben.id });
    expect((await store.attempts.get('ben-1'))?.id).toBe('ben-1');
  });

  it('keeps the active profile in settings and the rest of the settings with it', async () => {
    const { store } = await openTestStore();
    const ana = await store.profiles.create('Ana');
    expect((await store.settings.get()).activeProfileId).toBeNull();
    await store.settings.update({ muted: true });
    const updated = await store.settings.update({ activeProfileId: ana.id });
    expect(updated).toMatchObject({ activeProfileId: ana.id, muted: true, mode: 'coach' });
    expect(await store.settings.get()).toEqual(updated);
  });

  it('orders profiles oldest first and history newest first', async () => {
    const { store } = await openTestStore();
    const first = await store.profiles.create('First');
    await store.profiles.create('Second');
    await store.attempts.save(fakeAttempt({ id: 'old', profileId: first.id, finishedAt: 1 }));
    await store.attempts.save(fakeAttempt({ id: 'new', profileId: first.id, finishedAt: 2 }));
    expect((await store.profiles.list()).map((p) => p.displayName)).toEqual(['First', 'Second']);
    expect((await store.attempts.listByProfile(first.id)).records.map((a) => a.id)).toEqual(['new', 'old']);
  });
});

describe('renaming a profile', () => {
  it('changes the name and program ID but keeps the id, the creation date and the history', async () => {
    const { store } = await openTestStore();
    const placeholder = await store.profiles.create('Trainee');
    await store.attempts.save(fakeAttempt({ id: 'a1', profileId: placeholder.id }));

    const renamed = await store.profiles.update(placeholder.id, { displayName: '  Sam Lee ', programId: ' PT-7 ' });

    expect(renamed).toEqual({ ...placeholder, displayName: 'Sam Lee', programId: 'PT-7' });
    expect(await store.profiles.get(placeholder.id)).toEqual(renamed);
    expect((await store.attempts.listByProfile(placeholder.id)).records.map((a) => a.id)).toEqual(['a1']);
    expect((await store.profiles.update(placeholder.id, { displayName: 'Sam', programId: '  ' })).programId).toBeNull();
  });

  it('refuses an empty or over-long name, an over-long program ID and an unknown profile', async () => {
    const { store } = await openTestStore();
    const sam = await store.profiles.create('Sam');
    await expect(store.profiles.update(sam.id, { displayName: '  ', programId: null })).rejects.toThrow(/display name/);
    await expect(store.profiles.update(sam.id, { displayName: 'x'.repeat(61), programId: null })).rejects.toThrow(/at most 60/);
    await expect(store.profiles.update(sam.id, { displayName: 'Sam', programId: 'x'.repeat(41) })).rejects.toThrow(/at most 40/);
    await expect(store.profiles.create('x'.repeat(61))).rejects.toThrow(/at most 60/);
    await expect(store.profiles.update('nobody', { displayName: 'Sam', programId: null })).rejects.toThrow(/no readable profile/);
    expect(await store.profiles.get(sam.id)).toEqual(sam);
  });

  it('remembers that the first-start question was answered', async () => {
    const { store } = await openTestStore();
    expect((await store.settings.get()).askedForName).toBe(false);
    await store.settings.update({ askedForName: true });
    expect((await store.settings.get()).askedForName).toBe(true);
  });
});
