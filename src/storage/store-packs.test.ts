import { describe, expect, it } from 'vitest';
import { compileScenario } from '../engine/trainee';
import { smallScenario } from '../engine/testing';
import { PACK_CLIPS_BUDGET_BYTES, PackClipBudgetError } from './errors';
import type { PackClipRecord, PackScenarioRecord } from './storage.types';
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

/** A clip record for `record`'s line: MP3-like bytes of the given size. */
function clipFor(record: PackScenarioRecord, line: string, size = 16): PackClipRecord {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xfb, 0x90, 0x64]);
  return { contentHash: record.contentHash, scenarioId: record.scenarioId, line, kind: 'mp3', bytes };
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

  it('keeps a version’s voice clips with it and gives them back byte for byte', async () => {
    const { store } = await openTestStore();
    const record = packRecord('Version one', 10);
    const opening = clipFor(record, 'opening', 40);
    await store.packScenarios.add([record], [opening, clipFor(record, 'ending-good')]);
    const { records } = await store.packScenarios.clips(record.contentHash);
    expect(records.map((clip) => clip.line).sort()).toEqual(['ending-good', 'opening']);
    expect([...records.find((clip) => clip.line === 'opening')!.bytes]).toEqual([...opening.bytes]);
    // The library's list carries no sound.
    expect(JSON.stringify((await store.packScenarios.list()).records)).not.toContain('bytes');
  });

  it('deletes the clips of a replaced version, and every clip of a removed scenario', async () => {
    const { store } = await openTestStore();
    const first = packRecord('Version one', 10);
    const second = packRecord('Version two', 20);
    await store.packScenarios.add([first], [clipFor(first, 'opening')]);
    await store.packScenarios.add([second], [clipFor(second, 'opening')]);
    expect((await store.packScenarios.clips(first.contentHash)).records).toEqual([]);
    expect((await store.packScenarios.clips(second.contentHash)).records).toHaveLength(1);
    await store.packScenarios.remove(smallScenario().id);
    expect((await store.packScenarios.clips(second.contentHash)).records).toEqual([]);
  });

  it('refuses a pack whose clips would pass the budget, in plain words, and saves nothing', async () => {
    const { store } = await openTestStore();
    const first = packRecord('Version one', 10);
    await store.packScenarios.add([first], [clipFor(first, 'opening', PACK_CLIPS_BUDGET_BYTES - 1_000)]);
    const other = compileScenario({ ...smallScenario(), id: 'other-visit' });
    const second: PackScenarioRecord = {
      ...packRecord('x', 20),
      contentHash: other.contentHash,
      scenarioId: 'other-visit',
      compiled: other,
    };
    const adding = store.packScenarios.add([second], [clipFor(second, 'opening', 2_000)]);
    await expect(adding).rejects.toBeInstanceOf(PackClipBudgetError);
    await expect(adding).rejects.toThrow(/at most 50 MB of voice clips from packs \(50 MB are already kept\)\. Nothing was added\./);
    expect((await store.packScenarios.list()).records.map((r) => r.scenarioId)).toEqual([first.scenarioId]);
  });

  it('refuses a clip that is not sound bytes, or that belongs to no version being added', async () => {
    const { store } = await openTestStore();
    const record = packRecord('Version one', 10);
    const text = { ...clipFor(record, 'opening'), bytes: 'not bytes' } as unknown as PackClipRecord;
    await expect(store.packScenarios.add([record], [text])).rejects.toThrow(/bytes should be the bytes of a sound file/);
    await expect(store.packScenarios.add([record], [{ ...clipFor(record, 'opening'), contentHash: 'fnv1a64:1' }])).rejects.toThrow(
      /not being added/,
    );
    expect((await store.packScenarios.list()).records).toEqual([]);
  });
});
