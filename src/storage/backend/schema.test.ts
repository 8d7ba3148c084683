import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { fakeAttempt } from '../testing/fake-records';
import { openRawDb, openTestStore, uniqueDbName } from '../testing/open-test-store';
import { compileScenario } from '../../engine/trainee';
import { smallScenario } from '../../engine/testing';
import { declareV1, declareV3, SCHEMA_VERSION } from './schema';

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
      'packClips',
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

  it('upgrades a v3 database to v4 with every record kept and an empty clip table', async () => {
    const name = uniqueDbName();
    const v3 = new Dexie(name);
    declareV3(v3);
    await v3.open();
    const compiled = compileScenario(smallScenario());
    const pack = {
      contentHash: compiled.contentHash,
      scenarioId: compiled.scenario.id,
      compiled,
      pack: { name: 'week-3.cgpack.zip', publishedAt: '2026-12-01T10:00:00.000Z' },
      addedAt: 10,
      replacedAt: null,
    };
    await v3.table('packScenarios').put(pack);
    await v3.table('profiles').put({ id: 'p1', displayName: 'Ana', programId: 'PT101', createdAt: 1 });
    await v3.table('attempts').put(fakeAttempt({ id: 'a1', profileId: 'p1' }));
    await v3.table('drafts').put({ id: 'd1', fileName: 'x.scenario.yaml', text: 'id: x', updatedAt: 5 });
    v3.close();

    const { store } = await openTestStore(name);
    expect((await store.packScenarios.list()).records).toEqual([pack]);
    expect((await store.profiles.list()).map((p) => p.id)).toEqual(['p1']);
    expect((await store.attempts.listByProfile('p1')).records.map((a) => a.id)).toEqual(['a1']);
    expect((await store.drafts.list()).records.map((d) => d.id)).toEqual(['d1']);
    expect((await store.packScenarios.clips(pack.contentHash)).records).toEqual([]);
    const raw = await openRawDb(name);
    expect(raw.verno).toBe(SCHEMA_VERSION);
    expect(raw.tables.map((table) => table.name)).toContain('packClips');
  });

  it('creates a fresh database directly at the current version', async () => {
    const { store, name } = await openTestStore();
    expect(store.mode).toBe('indexeddb');
    const raw = await openRawDb(name);
    expect(raw.verno).toBe(SCHEMA_VERSION);
  });
});
