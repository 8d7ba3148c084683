import { describe, expect, it } from 'vitest';
import { fakeAttempt, fakeProfile } from '../../storage/testing/fake-records';
import { buildExportFile, serializeExportFile } from '../backup/export-file';
import { createCohortAccumulator } from './aggregate-cohort';
import { readCohortFile } from './read-cohort-file';
import { buildResultsBundle, resultsChecksum, serializeResultsBundle } from './results-bundle';

const APP = 'https://pt.example.edu/common-ground/';
const ana = fakeProfile({ id: 'p-ana', displayName: 'Ana', programId: 'PT101' });
const ben = fakeProfile({ id: 'p-ben', displayName: 'Ben', programId: 'PT101' });
const first = fakeAttempt({ id: 'a1', profileId: ana.id });
const second = fakeAttempt({ id: 'a2', profileId: ana.id, finishedAt: first.finishedAt + 60_000 });

const bundle = (profile: typeof ana, attempts: (typeof first)[], sentAt: number) =>
  serializeResultsBundle(buildResultsBundle(profile, attempts, APP, sentAt));

/** Loads the files in order into one cohort, as the dashboard does, counting per file. */
function load(files: [string, string][]) {
  const cohort = createCohortAccumulator();
  const perFile = files.map(([name, text]) => {
    const result = readCohortFile(name, text);
    if (!result.ok) return { name, rejected: result.message };
    const added = result.attempts.filter((attempt) => cohort.add(attempt)).length;
    return { name, added, duplicates: result.attempts.length - added };
  });
  return { perFile, summary: cohort.summary() };
}

describe('merging results files by attempt id', () => {
  it('counts an attempt sent twice once, and the row names every file it came in', () => {
    const { perFile, summary } = load([
      ['ana-monday.json', bundle(ana, [first], Date.UTC(2026, 11, 1))],
      ['ana-friday.json', bundle(ana, [first, second], Date.UTC(2026, 11, 5))],
      ['ana-backup.json', serializeExportFile(buildExportFile([ana], [first, second]))],
      ['ben.json', bundle(ben, [fakeAttempt({ id: 'b1', profileId: ben.id })], Date.UTC(2026, 11, 5))],
    ]);
    expect(perFile).toEqual([
      { name: 'ana-monday.json', added: 1, duplicates: 0 },
      { name: 'ana-friday.json', added: 1, duplicates: 1 },
      { name: 'ana-backup.json', added: 0, duplicates: 2 },
      { name: 'ben.json', added: 1, duplicates: 0 },
    ]);
    expect(summary).toMatchObject({ attemptCount: 3, duplicateCount: 3 });
    expect(summary.checks.conflicts).toEqual([]);
    expect(summary.trainees.map(({ name, sources }) => ({ name, sources }))).toEqual([
      { name: 'Ana', sources: ['ana-monday.json', 'ana-friday.json', 'ana-backup.json'] },
      { name: 'Ben', sources: ['ben.json'] },
    ]);
    expect(summary.cells[0]![0]!.attempts).toBe(2);
  });

  it('keeps both versions of an attempt whose content differs, as a conflict', () => {
    const edited = buildResultsBundle(ana, [{ ...first, outcome: 'escalated' }], APP, Date.UTC(2026, 11, 2));
    const text = serializeResultsBundle({ ...edited, checksum: resultsChecksum(edited) });
    const { perFile, summary } = load([
      ['ana.json', bundle(ana, [first], Date.UTC(2026, 11, 1))],
      ['ana-edited.json', text],
    ]);
    expect(perFile.map((file) => file.added)).toEqual([1, 1]);
    expect(summary.checks.conflicts).toEqual([
      {
        attemptId: 'a1',
        records: [expect.objectContaining({ source: 'ana.json' }), expect.objectContaining({ source: 'ana-edited.json' })],
      },
    ]);
  });

  it('turns a damaged file away whole, with its reason', () => {
    const damaged = bundle(ana, [first], Date.UTC(2026, 11, 1)).replace('"Ana"', '"Anna"');
    expect(load([['damaged.json', damaged]]).perFile).toEqual([
      { name: 'damaged.json', rejected: expect.stringMatching(/changed or damaged after it was sent/) },
    ]);
  });
});
