import { describe, expect, it } from 'vitest';
import { parseExportFile } from '../backup/parse-export-file';
import { serializeExportFile } from '../backup/export-file';
import { fakeAttempt, fakeProfile, fakeScore } from '../../storage/testing/fake-records';
import { buildExportFile } from '../backup/export-file';
import { aggregateCohort } from './aggregate-cohort';
import { cohortTableToCsv } from './cohort-table-csv';
import { readCohortFile, toCohortAttempt } from './read-cohort-file';
import { generateCohortAttempts, generateCohortFiles } from './synthetic-cohort';

describe('readCohortFile', () => {
  it('turns a valid export into cohort attempts', () => {
    const profile = fakeProfile({ id: 'p1', displayName: 'Ana', programId: 'PT-9' });
    const text = serializeExportFile(buildExportFile([profile], [fakeAttempt({ id: 'a1', profileId: 'p1' })]));
    const result = readCohortFile('ana.json', text);
    expect(result).toMatchObject({ ok: true, fileName: 'ana.json', trainees: 1 });
    if (!result.ok) return;
    expect(result.attempts[0]).toMatchObject({
      attemptId: 'a1',
      traineeKey: 'p1',
      traineeName: 'Ana',
      programId: 'PT-9',
      overall: 70,
      dimensions: { goals: 70, communication: 50 },
    });
    expect(result.attempts[0]?.decisions[2]).toEqual({ nodeId: 'node-3', choiceId: 'b', codes: ['VAL', 'INJ'] });
  });

  it('names the reason a file is turned away', () => {
    expect(readCohortFile('notes.txt', 'hello')).toMatchObject({ ok: false, fileName: 'notes.txt', reason: 'not-json' });
  });

  it('records silence as a "timeout" response and ignores dimensions the scenario cannot move', () => {
    const score = fakeScore(60);
    score.dimensions[0] = { ...score.dimensions[0]!, scoreable: false };
    const record = fakeAttempt({ score });
    record.transcript[0] = { ...record.transcript[0]!, kind: 'timeout', choiceId: null, codes: [] };
    const cohort = toCohortAttempt(record, undefined);
    expect(cohort.decisions[0]?.choiceId).toBe('timeout');
    expect(cohort.dimensions.goals).toBeUndefined();
    expect(cohort.traineeName).toBe(record.profileId);
  });
});

describe('synthetic cohorts', () => {
  it('generates one valid, checksummed export per trainee, the same for the same seed', () => {
    const files = generateCohortFiles({ trainees: 5, seed: 3 });
    expect(files).toHaveLength(5);
    for (const file of files) expect(parseExportFile(serializeExportFile(file)).ok).toBe(true);
    expect(generateCohortFiles({ trainees: 5, seed: 3 })).toEqual(files);
  });

  it('describes the same cohort in both shapes', () => {
    const fromFiles = generateCohortFiles({ trainees: 20, seed: 9 }).flatMap((file) =>
      file.attempts.map((attempt) => toCohortAttempt(attempt, file.profiles[0])),
    );
    expect(aggregateCohort(fromFiles)).toEqual(aggregateCohort(generateCohortAttempts({ trainees: 20, seed: 9 })));
  });

  it('shows learning: later attempts score higher on average', () => {
    const summary = aggregateCohort(generateCohortAttempts({ trainees: 300, seed: 2 }));
    const first = summary.progress.slice(0, 7).reduce((sum, day) => sum + day.meanOverall, 0) / 7;
    const last = summary.progress.slice(-7).reduce((sum, day) => sum + day.meanOverall, 0) / 7;
    expect(last).toBeGreaterThan(first);
  });
});

describe('cohortTableToCsv', () => {
  it('writes best, latest and attempts per scenario, formula-safe', () => {
    const summary = aggregateCohort([
      { ...generateCohortAttempts({ trainees: 1, attemptsPerTrainee: [1, 1], seed: 4 })[0]!, traineeName: '@admin', overall: 55 },
    ]);
    const [header, row] = cohortTableToCsv(summary).split('\r\n');
    expect(header).toMatch(/^\uFEFFTrainee,Program ID,Profile ID,.*: best,.*: latest,.*: attempts$/);
    expect(row).toBe("'@admin,PT-1000,synthetic-4-0,55,55,1");
  });
});
