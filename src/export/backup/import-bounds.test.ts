import { describe, expect, it } from 'vitest';
import { fakeAttempt, fakeEntry, fakeProfile, fakeScore } from '../../storage/testing/fake-records';
import { openTransferStore } from './testing/open-transfer-store';
import { buildExportFile, EXPORT_KIND, serializeExportFile } from './export-file';
import { MAX_JSON_DEPTH } from './parse-export-file';

const DAY = 24 * 60 * 60 * 1000;

/** A store that already holds one trainee with one attempt, which no import may disturb. */
async function storeWithHistory() {
  const { store } = await openTransferStore();
  const existing = await store.profiles.create('Existing');
  await store.attempts.save(fakeAttempt({ id: 'kept', profileId: existing.id }));
  const unchanged = async () => {
    expect((await store.profiles.list()).map((p) => p.displayName)).toContain('Existing');
    expect((await store.attempts.listByProfile(existing.id)).records.map((a) => a.id)).toEqual(['kept']);
  };
  return { store, unchanged };
}

describe('importing deeply nested JSON', () => {
  it('turns it away with a clear message instead of overflowing the stack, and changes nothing', async () => {
    const { store, unchanged } = await storeWithHistory();
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const text = `{"kind":"${EXPORT_KIND}","exportVersion":1,"exportedAt":"x","checksum":"sha256:0","profiles":[],"attempts":${deep}}`;
    const result = await store.importJson(text);
    expect(result).toMatchObject({ ok: false, reason: 'too-deep', message: expect.stringMatching(/nested.*Nothing was imported/) });
    await unchanged();
  });

  it('still reads a file nested as deep as the limit allows', async () => {
    const { store } = await openTransferStore();
    const text = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    expect(await store.importJson(text)).toMatchObject({ ok: false, reason: 'wrong-kind' });
  });
});

describe('importing impossible numbers and dates', () => {
  const now = Date.now();
  const profile = fakeProfile({ id: 'p-import', displayName: 'Imported' });
  const attempt = (id: string, overrides: Parameters<typeof fakeAttempt>[0] = {}) =>
    fakeAttempt({ id, profileId: profile.id, scenarioTitle: `Scenario ${id}`, ...overrides });
  const impossible = [
    attempt('far-future', { finishedAt: 9e15 }),
    attempt('tomorrow-plus', { finishedAt: now + 2 * DAY }),
    attempt('before-2020', { startedAt: Date.UTC(2019, 11, 31), finishedAt: Date.UTC(2019, 11, 31, 1) }),
    attempt('backwards', { startedAt: 1_700_000_600_000, finishedAt: 1_700_000_000_000 }),
    attempt('huge-score', { score: fakeScore(1e9) }),
    attempt('negative-score', { score: fakeScore(-1e9) }),
    attempt('dimension', { score: { ...fakeScore(70), dimensions: [{ dimension: 'goals', score: 250, raw: 1, best: 2, worst: 0 }] } }),
    attempt('turn-time', { transcript: [fakeEntry(0, { at: 9e15 })] }),
    attempt('patient-state', {
      transcript: [fakeEntry(0, { after: { anger: 1e9, trust: 0, injustice: 0, goalAgreement: 0, taskAgreement: 0 } })],
    }),
  ];
  const good = [attempt('good-1'), attempt('good-2', { finishedAt: now + DAY / 2, startedAt: now })];

  it('leaves out each impossible record with its own message and imports the rest', async () => {
    const { store, unchanged } = await storeWithHistory();
    const text = serializeExportFile(buildExportFile([profile], [good[0]!, ...impossible, good[1]!]));
    const result = await store.importJson(text);
    expect(result).toMatchObject({ ok: true, profilesAdded: 1, attemptsAdded: 2, attemptsSkipped: 0 });
    const rejected = result.ok ? (result.rejected ?? []) : [];
    expect(rejected).toHaveLength(impossible.length);
    impossible.forEach((record, i) => expect(rejected[i]).toContain(`“Scenario ${record.id}” (attempts[${i + 1}]) was not imported`));
    expect(rejected.join('\n')).toMatch(
      /finish time is not a possible date[\s\S]*start time is not a possible date[\s\S]*finishes before it starts[\s\S]*overall score is 1000000000, outside 0–100[\s\S]*overall score is -1000000000[\s\S]*goals score is 250[\s\S]*time of decision 1[\s\S]*anger is 1000000000/,
    );
    expect((await store.attempts.listByProfile(profile.id)).records.map((a) => a.id).sort()).toEqual(['good-1', 'good-2']);
    await unchanged();
  });

  it('leaves out a profile with an impossible creation date together with its attempts', async () => {
    const { store, unchanged } = await storeWithHistory();
    const bad = fakeProfile({ id: 'p-bad', displayName: 'Time traveller', createdAt: 9e15 });
    const text = serializeExportFile(
      buildExportFile([bad, profile], [fakeAttempt({ profileId: bad.id }), fakeAttempt({ profileId: bad.id }), good[0]!]),
    );
    const result = await store.importJson(text);
    expect(result).toMatchObject({ ok: true, profilesAdded: 1, attemptsAdded: 1 });
    expect(result.ok && result.rejected).toEqual([
      'The profile “Time traveller” (profiles[0]) was not imported: its creation date is not a possible date, so its 2 attempts were not imported either.',
    ]);
    expect(await store.profiles.get(bad.id)).toBeNull();
    await unchanged();
  });

  it('says nothing about rejected records when there are none', async () => {
    const { store } = await storeWithHistory();
    const result = await store.importJson(serializeExportFile(buildExportFile([profile], good)));
    expect(result).toEqual({ ok: true, profilesAdded: 1, attemptsAdded: 2, attemptsSkipped: 0 });
  });
});
