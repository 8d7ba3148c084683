import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { fakeAttempt } from '../testing/fake-records';
import { openRawDb, openTestStore, uniqueDbName } from '../testing/open-test-store';
import { declareV1, SCHEMA_VERSION } from './schema';

/** Writes records the way the v1 release stored them, then closes the database. */
async function createV1Database(name: string): Promise<void> {
  const v1 = new Dexie(name);
  declareV1(v1);
  await v1.open();
  const { scenarioSchemaVersion: _dropped, ...v1Attempt } = fakeAttempt({ id: 'old-attempt', profileId: 'old-profile' });
  await v1.table('profiles').put({ id: 'old-profile', displayName: 'Ana', createdAt: 1 });
  await v1.table('attempts').put(v1Attempt);
  await v1.table('attempts').put({ id: 'garbled', profileId: 'old-profile', transcript: 'not a list' });
  await v1.table('inProgress').put({ profileId: 'old-profile', scenarioId: 's1', snapshot: '{}' });
  await v1.table('settings').put({ key: 'settings', value: { activeProfileId: 'old-profile' } });
  v1.close();
}

describe('schema migrations', () => {
  it('upgrades a v1 database to v2 and every v1 record survives', async () => {
    const name = uniqueDbName();
    await createV1Database(name);

    const { store } = await openTestStore(name);

    expect(await store.settings.get()).toMatchObject({ activeProfileId: 'old-profile' });
    const [profile] = await store.profiles.list();
    expect(profile).toEqual({ id: 'old-profile', displayName: 'Ana', programId: null, createdAt: 1 });
    const history = await store.attempts.listByProfile('old-profile');
    expect(history.records.map((attempt) => attempt.id)).toEqual(['old-attempt']);
    expect(history.records[0]?.scenarioSchemaVersion).toBe(1);
    // The unreadable v1 record is skipped, not repaired into something false and not deleted.
    expect(history.skipped).toBe(1);
    const raw = await openRawDb(name);
    expect(await raw.table('attempts').get('garbled')).toMatchObject({
      id: 'garbled',
      profileId: 'old-profile',
      transcript: 'not a list',
    });
    expect(raw.verno).toBe(SCHEMA_VERSION);
  });

  it('adds the drafts and outbox tables and the date-ordered history index in v2', async () => {
    const name = uniqueDbName();
    await createV1Database(name);
    const { store } = await openTestStore(name);
    await store.drafts.save({ id: 'd1', fileName: 'x.scenario.yaml', text: 'id: x', updatedAt: 5 });
    expect((await store.drafts.list()).records).toHaveLength(1);

    const raw = await openRawDb(name);
    expect(raw.tables.map((table) => table.name).sort()).toEqual([
      'attempts',
      'drafts',
      'inProgress',
      'outbox',
      'packScenarios',
      'profiles',
      'settings',
    ]);
    const ordered = await raw
      .table('attempts')
      .where('[profileId+finishedAt]')
      .between(['old-profile', Dexie.minKey], ['old-profile', Dexie.maxKey])
      .primaryKeys();
    expect(ordered).toContain('old-attempt');
  });

  it('creates a fresh database directly at the current version', async () => {
    const { store, name } = await openTestStore();
    expect(store.mode).toBe('indexeddb');
    const raw = await openRawDb(name);
    expect(raw.verno).toBe(SCHEMA_VERSION);
  });
});
