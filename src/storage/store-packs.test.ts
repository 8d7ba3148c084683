import { describe, expect, it } from 'vitest';
import { compileScenario } from '../engine/trainee';
import { smallScenario } from '../engine/testing';
import type { PackScenarioRecord } from './storage.types';
import { openRawDb, openTestStore } from './testing/open-test-store';

function packRecord(title: string, addedAt: number): PackScenarioRecord {
  const compiled = compileScenario({ ...smallScenario(), title });
  return {
    contentHash: compiled.contentHash,
    scenarioId: compiled.scenario.id,
    compiled,
    pack: { name: 'week-3.cgpack.zip', publishedAt: '2026-12-01T10:00:00.000Z' },
    addedAt,
    replacedAt: null,
  };
}

describe('scenarios added from packs', () => {
  it('keeps the replaced version, marked, when a new version of the same scenario is added', async () => {
    const { store } = await openTestStore();
    const first = packRecord('Version one', 10);
    const second = packRecord('Version two', 20);
    await store.packScenarios.add([first]);
    await store.packScenarios.add([second]);
    const { records } = await store.packScenarios.list();
    expect(records.map((r) => [r.compiled.scenario.title, r.replacedAt])).toEqual([
      ['Version one', 20],
      ['Version two', null],
    ]);
    expect((await store.packScenarios.get(first.contentHash))?.compiled.scenario.title).toBe('Version one');
  });

  it('removes every version of a scenario', async () => {
    const { store } = await openTestStore();
    await store.packScenarios.add([packRecord('Version one', 10)]);
    await store.packScenarios.add([packRecord('Version two', 20)]);
    await store.packScenarios.remove(smallScenario().id);
    expect((await store.packScenarios.list()).records).toEqual([]);
  });

  it('refuses to save a record whose content does not match its hash', async () => {
    const { store } = await openTestStore();
    const record = packRecord('Version one', 10);
    await expect(store.packScenarios.add([{ ...record, contentHash: 'fnv1a64:0000000000000000' }])).rejects.toThrow(/invalid record/);
  });

  it('skips a record changed on disk, says so plainly, and keeps it', async () => {
    const { store, notices, name } = await openTestStore();
    const good = packRecord('Version one', 10);
    await store.packScenarios.add([good]);
    const raw = await openRawDb(name);
    const tampered = packRecord('Version two', 20);
    tampered.compiled.scenario.title = 'Changed on disk';
    await raw.table('packScenarios').put(tampered);
    const { records, skipped } = await store.packScenarios.list();
    expect(records.map((r) => r.contentHash)).toEqual([good.contentHash]);
    expect(skipped).toBe(1);
    expect(notices.find((n) => n.kind === 'corrupt-skipped')?.message).toBe(
      '1 scenario added from a pack could not be read, so it is not shown. It has been kept as it was, not deleted.',
    );
    expect(await raw.table('packScenarios').get(tampered.contentHash)).toBeDefined();
  });
});
