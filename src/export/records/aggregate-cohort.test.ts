import { describe, expect, it } from 'vitest';
import { aggregateCohort, createCohortAccumulator } from './aggregate-cohort';
import type { CohortAttempt } from './cohort.types';
import { generateCohortAttempts } from './synthetic-cohort';

let n = 0;
function attempt(overrides: Partial<CohortAttempt>): CohortAttempt {
  n += 1;
  return {
    attemptId: `a${n}`,
    traineeKey: 'ana',
    traineeName: 'Ana',
    programId: 'PT-1',
    scenarioId: 's1',
    scenarioTitle: 'Scenario one',
    finishedAt: Date.UTC(2025, 0, 1, 10),
    status: 'completed',
    outcome: 'alliance',
    overall: 50,
    dimensions: { goals: 50, tasks: 50, bond: 50, trust: 50, communication: 50 },
    decisions: [],
    ...overrides,
  };
}

describe('aggregateCohort', () => {
  it('keeps two trainees with the same display name as two rows, grouped by profile id and labelled apart', () => {
    const summary = aggregateCohort([
      attempt({ traineeKey: 'profile-0c1d-4f2a', traineeName: 'Trainee', programId: null, overall: 40 }),
      attempt({ traineeKey: 'profile-77aa-03d9', traineeName: 'Trainee', programId: null, overall: 90 }),
      attempt({ traineeKey: 'profile-77aa-03d9', traineeName: 'Trainee', programId: null, overall: 70 }),
    ]);
    expect(summary.trainees.map((t) => t.label)).toEqual(['Trainee (…4f2a)', 'Trainee (…03d9)']);
    expect(summary.cells.map((row) => row[0]?.attempts)).toEqual([1, 2]);
  });

  it('tabulates best, latest and attempt count per trainee and scenario', () => {
    const summary = aggregateCohort([
      attempt({ overall: 40, finishedAt: 1 }),
      attempt({ overall: 80, finishedAt: 2, outcome: 'partial' }),
      attempt({ overall: 60, finishedAt: 3 }),
      attempt({
        traineeKey: 'ben',
        traineeName: 'Ben',
        scenarioId: 's2',
        scenarioTitle: 'Another',
        overall: null,
        status: 'abandoned',
        outcome: null,
      }),
    ]);
    expect(summary.trainees.map((t) => t.name)).toEqual(['Ana', 'Ben']);
    expect(summary.scenarios.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(summary.cells[0]).toEqual([null, { attempts: 3, best: 80, latest: 60, latestOutcome: 'alliance', latestAt: 3, flagged: 0 }]);
    expect(summary.cells[1]?.[0]).toMatchObject({ attempts: 1, best: null, latest: null, latestOutcome: 'unfinished' });
    expect(summary).toMatchObject({ attemptCount: 4, scoredCount: 3 });
  });

  it('counts an attempt found in two files once', () => {
    const accumulator = createCohortAccumulator();
    const first = attempt({});
    expect(accumulator.add(first)).toBe(true);
    expect(accumulator.add({ ...first })).toBe(false);
    expect(accumulator.summary()).toMatchObject({ attemptCount: 1, duplicateCount: 1 });
  });

  it('keeps both records of one attempt id with different content, in either order, as a conflict', () => {
    const genuine = attempt({ attemptId: 'same', fingerprint: 'g', source: 'ana.json', overall: 29 });
    const forged = attempt({
      attemptId: 'same',
      fingerprint: 'f',
      source: 'forged.json',
      traineeKey: 'eve',
      traineeName: 'Eve',
      overall: 100,
    });
    for (const order of [
      [forged, genuine],
      [genuine, forged],
    ]) {
      const summary = aggregateCohort([...order, { ...genuine }]);
      expect(summary.trainees.map((t) => t.name)).toEqual(['Ana', 'Eve']);
      expect(summary).toMatchObject({ attemptCount: 2, duplicateCount: 1 });
      expect(summary.checks.conflicts).toHaveLength(1);
      expect(summary.checks.conflicts[0]!.records.map((r) => r.source).sort()).toEqual(['ana.json', 'forged.json']);
      expect(summary.cells.flat().reduce((sum, cell) => sum + (cell?.flagged ?? 0), 0)).toBe(1);
    }
  });

  it('counts the score checks and lists each mismatch in words', () => {
    const summary = aggregateCohort([
      attempt({ check: { status: 'verified', claimed: 50, text: 'Score checked against the transcript.' } }),
      attempt({ check: { status: 'mismatch', claimed: 100, text: 'Claimed 100, transcript gives 29.' }, overall: 29, source: 'ana.json' }),
      attempt({ check: { status: 'cannot-verify', claimed: 70, text: 'Cannot verify.' } }),
      attempt({}),
    ]);
    expect(summary.checks).toMatchObject({ verified: 1, mismatched: 1, cannotVerify: 1, unchecked: 1, conflicts: [] });
    expect(summary.checks.flagged).toEqual([
      expect.objectContaining({ traineeName: 'Ana', source: 'ana.json', text: 'Claimed 100, transcript gives 29.' }),
    ]);
    expect(summary.cells[0]?.[0]?.flagged).toBe(1);
  });

  it('builds distributions with quartiles and 10-point bins', () => {
    const scores = [0, 10, 20, 30, 100];
    const summary = aggregateCohort(scores.map((overall) => attempt({ overall, dimensions: { bond: overall } })));
    expect(summary.overall.stats).toEqual({ n: 5, min: 0, q1: 10, median: 20, q3: 30, max: 100, mean: 32 });
    expect(summary.overall.bins.map((bin) => bin.count)).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0, 1]);
    const bond = summary.dimensions.find((d) => d.dimension === 'bond');
    expect(bond?.distribution.stats?.n).toBe(5);
    expect(summary.dimensions.find((d) => d.dimension === 'goals')?.distribution.stats).toBeNull();
  });

  it('averages the overall score per day for progress over time', () => {
    const day = (d: number, h: number) => Date.UTC(2025, 0, d, h);
    const summary = aggregateCohort([
      attempt({ finishedAt: day(2, 9), overall: 40 }),
      attempt({ finishedAt: day(1, 23), overall: 20 }),
      attempt({ finishedAt: day(2, 18), overall: 60 }),
      attempt({ finishedAt: day(3, 1), overall: null, status: 'abandoned', outcome: null }),
    ]);
    expect(summary.progress).toEqual([
      { day: Date.UTC(2025, 0, 1), attempts: 1, meanOverall: 20 },
      { day: Date.UTC(2025, 0, 2), attempts: 2, meanOverall: 50 },
    ]);
  });

  it('analyses each decision point: choices, shares, codes and resulting outcomes', () => {
    const open = (choiceId: string, codes: string[]) => ({ nodeId: 'opening-1', choiceId, codes });
    const summary = aggregateCohort([
      attempt({ decisions: [open('a', ['CR']), { nodeId: 'goals-1', choiceId: 'b', codes: ['GOAL'] }] }),
      attempt({ decisions: [open('a', ['CR'])], outcome: 'partial' }),
      attempt({ decisions: [open('c', ['ARG'])], outcome: 'escalated' }),
      attempt({ decisions: [open('timeout', [])], status: 'abandoned', outcome: null, overall: null }),
    ]);
    const [item] = summary.items;
    expect(item?.nodes.map((node) => node.nodeId)).toEqual(['opening-1', 'goals-1']);
    const opening = item?.nodes[0];
    expect(opening?.responses).toBe(4);
    expect(opening?.choices.map((c) => [c.choiceId, c.count, c.share, c.codes])).toEqual([
      ['a', 2, 0.5, ['CR']],
      ['c', 1, 0.25, ['ARG']],
      ['timeout', 1, 0.25, []],
    ]);
    expect(opening?.choices[0]?.results).toEqual({ alliance: 1, partial: 1, disengaged: 0, escalated: 0, unfinished: 0 });
    expect(opening?.choices[2]?.results.unfinished).toBe(1);
  });

  // How fast is measured by `npm run bench -- --only=cohort-aggregate` (a timed test fails on a loaded machine).
  it('aggregates a cohort of 100,000 attempts', () => {
    const attempts = generateCohortAttempts({ trainees: 12_500, attemptsPerTrainee: [8, 8], seed: 7 });
    expect(attempts).toHaveLength(100_000);
    const summary = aggregateCohort(attempts);
    expect(summary.attemptCount).toBe(100_000);
    expect(summary.items).toHaveLength(4);
  });
});
