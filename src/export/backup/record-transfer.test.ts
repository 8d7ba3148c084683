import { describe, expect, it, vi } from 'vitest';
import { fakeAttempt } from '../../storage/testing/fake-records';
import { openTransferStore } from './testing/open-transfer-store';
import { buildExportFile, EXPORT_KIND, serializeExportFile, type ExportFile } from './export-file';

type TransferStore = Awaited<ReturnType<typeof openTransferStore>>['store'];

async function seed(store: TransferStore) {
  const ana = await store.profiles.create('Ana', 'PT-1');
  const ben = await store.profiles.create('Ben');
  await store.attempts.save(fakeAttempt({ id: 'a1', profileId: ana.id, finishedAt: 1_700_000_600_001 }));
  await store.attempts.save(
    fakeAttempt({ id: 'a2', profileId: ana.id, finishedAt: 1_700_000_600_002, score: null, outcome: null, status: 'abandoned' }),
  );
  await store.attempts.save(fakeAttempt({ id: 'b1', profileId: ben.id }));
  await store.settings.update({
    activeProfileId: ana.id,
    lrs: { endpoint: 'https://lrs.example/xapi/', key: 'lrs-key-123', secret: 'lrs-secret-456', homePage: 'https://program.example' },
  });
  return { ana, ben };
}

/** Imports into a fresh store and expects it to be accepted. */
async function importInto(text: string) {
  const { store } = await openTransferStore();
  const result = await store.importJson(text);
  return { store, result };
}

describe('JSON export and import', () => {
  it('round-trips a profile and its history exactly', async () => {
    const { store } = await openTransferStore();
    const { ana } = await seed(store);
    const text = await store.exportJson(ana.id);

    const target = await importInto(text);

    expect(target.result).toEqual({ ok: true, profilesAdded: 1, attemptsAdded: 2, attemptsSkipped: 0 });
    expect(await target.store.profiles.get(ana.id)).toEqual(ana);
    expect(await target.store.attempts.listByProfile(ana.id)).toEqual(await store.attempts.listByProfile(ana.id));
  });

  it('exports a schema-versioned file without LRS credentials or settings', async () => {
    const { store } = await openTransferStore();
    await seed(store);
    const text = await store.exportJson();
    const file = JSON.parse(text) as ExportFile;
    expect(file).toMatchObject({ kind: EXPORT_KIND, exportVersion: 1, checksum: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect(file.profiles).toHaveLength(2);
    expect(file.attempts).toHaveLength(3);
    expect(text).not.toMatch(/lrs-key-123|lrs-secret-456|lrs\.example/);
    expect(Object.keys(file).sort()).toEqual(['attempts', 'checksum', 'exportVersion', 'exportedAt', 'kind', 'profiles']);
  });

  it('skips attempts it already has instead of doubling them', async () => {
    const { store } = await openTransferStore();
    const { ana } = await seed(store);
    const text = await store.exportJson(ana.id);
    expect(await store.importJson(text)).toEqual({ ok: true, profilesAdded: 0, attemptsAdded: 0, attemptsSkipped: 2 });
    expect((await store.attempts.listByProfile(ana.id)).records).toHaveLength(2);
  });

  it('names an attempt whose id is already here with other contents, and keeps the one here', async () => {
    const { store } = await openTransferStore();
    const { ana } = await seed(store);
    const file = JSON.parse(await store.exportJson(ana.id)) as ExportFile;
    const edited = file.attempts.map((a) => (a.id === 'a1' && a.score ? { ...a, score: { ...a.score, overall: 100 } } : a));
    const text = serializeExportFile(buildExportFile(file.profiles, edited));
    const result = await store.importJson(text);
    expect(result).toMatchObject({
      ok: true,
      attemptsAdded: 0,
      attemptsSkipped: 2,
      conflicts: [expect.stringContaining('same id as one already here')],
    });
    expect((await store.attempts.get('a1', ana.id))?.score?.overall).toBe(70);
  });

  it.each([
    ['tampered', (text: string) => text.replace('"overall":70', '"overall":99')],
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['truncated', () => ''],
    ['not-json', () => 'name,score\nAna,70'],
    ['wrong-kind', () => JSON.stringify({ kind: 'excalidraw', version: 2 })],
    ['wrong-kind', () => '[1,2,3]'],
    ['wrong-version', (text: string) => text.replace('"exportVersion":1', '"exportVersion":7')],
  ])('rejects a %s file with a clear message and changes nothing', async (reason, damage) => {
    const { store } = await openTransferStore();
    const { ana } = await seed(store);
    const text = await store.exportJson(ana.id);
    const { store: target } = await openTransferStore();
    await target.profiles.create('Existing');

    const result = await target.importJson(damage(text));

    expect(result).toMatchObject({ ok: false, reason, message: expect.stringContaining('Nothing was imported') });
    expect((await target.profiles.list()).map((p) => p.displayName)).toEqual(['Existing']);
    expect((await target.attempts.listByProfile(ana.id)).records).toEqual([]);
  });

  it('rejects a file whose records are malformed even when the checksum was recomputed', async () => {
    const { buildExportFile, serializeExportFile } = await import('./export-file');
    const broken = { ...fakeAttempt({ profileId: 'p1' }), transcript: 'oops' } as never;
    const text = serializeExportFile(buildExportFile([{ id: 'p1', displayName: 'A', programId: null, createdAt: 1 }], [broken]));
    const { result } = await importInto(text);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-record', message: expect.stringContaining('attempts[0].transcript') });
  });

  it('exports CSV with one row per attempt', async () => {
    const { store } = await openTransferStore();
    const { ana } = await seed(store);
    const lines = (await store.exportCsv(ana.id)).split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFTrainee,Program ID,/);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^Ana,PT-1,.*,completed,alliance,70,70,65,60,55,50,0,0,,$/);
    expect(lines[2]).toMatch(/,abandoned,,,,,,,,0,0,,$/);
  });

  it('clears every record on request', async () => {
    const { store } = await openTransferStore();
    const { ana } = await seed(store);
    await store.clearAll();
    expect(await store.profiles.list()).toEqual([]);
    expect((await store.attempts.listByProfile(ana.id)).records).toEqual([]);
    expect((await store.settings.get()).lrs).toBeNull();
  });

  it('changes nothing, and tells no listener, for a file that was turned away', async () => {
    const { store } = await openTransferStore();
    const listener = vi.fn();
    store.onChange(listener);
    expect(await store.importJson('not json')).toMatchObject({ ok: false, reason: 'not-json' });
    expect(listener).not.toHaveBeenCalled();
  });
});
