import { DIMENSIONS, OUTCOME_CLASSES } from '../../engine/trainee';
import type { AttemptResult, CohortAttempt, CohortCell, CohortSummary } from './cohort.types';
import { createAttemptLedger, type Arrival } from './attempt-ledger';
import { distribution } from './distribution';
import { createItemTally } from './item-tally';
import { traineeLabels } from './trainee-labels';

const DAY_MS = 86_400_000;
/** One collator for every sort: far cheaper than String#localeCompare per comparison. */
const collator = new Intl.Collator(undefined, { numeric: true });

export const ATTEMPT_RESULTS: readonly AttemptResult[] = [...OUTCOME_CLASSES, 'unfinished'];

export interface CohortAccumulator {
  /** Adds one attempt; false (and not counted) if the same attempt (same id and content) was already added. */
  add: (attempt: CohortAttempt) => boolean;
  summary: () => CohortSummary;
}

/**
 * Aggregation is incremental so the dashboard can add each file as it is
 * read, yielding to the browser in between, instead of one long block at the
 * end. Pure: no DOM, no storage; the same code runs in the bench.
 */
export function createCohortAccumulator(): CohortAccumulator {
  const ledger = createAttemptLedger();
  let duplicateCount = 0;
  const trainees = new Map<string, { name: string; programId: string | null; sources: Set<string>; cells: Map<string, CohortCell> }>();
  const scenarios = new Map<string, string>();
  const overall: number[] = [];
  const byDimension = DIMENSIONS.map(() => [] as number[]);
  const days = new Map<number, { attempts: number; sum: number }>();
  const items = createItemTally();

  function addCell(attempt: CohortAttempt, result: AttemptResult, arrival: Arrival) {
    let trainee = trainees.get(attempt.traineeKey);
    if (!trainee) {
      trainee = { name: attempt.traineeName, programId: attempt.programId, sources: new Set(), cells: new Map() };
      trainees.set(attempt.traineeKey, trainee);
    }
    if (attempt.source !== undefined) trainee.sources.add(attempt.source);
    const cell = trainee.cells.get(attempt.scenarioId);
    const score = attempt.overall;
    const flagged = attempt.check?.status === 'mismatch' || arrival === 'conflict' ? 1 : 0;
    if (!cell) {
      trainee.cells.set(attempt.scenarioId, {
        attempts: 1,
        best: score,
        latest: score,
        latestOutcome: result,
        latestAt: attempt.finishedAt,
        flagged,
      });
      return;
    }
    cell.attempts += 1;
    cell.flagged += flagged;
    if (score !== null && (cell.best === null || score > cell.best)) cell.best = score;
    if (attempt.finishedAt >= cell.latestAt) {
      cell.latest = score;
      cell.latestOutcome = result;
      cell.latestAt = attempt.finishedAt;
    }
  }

  return {
    add(attempt) {
      const arrival = ledger.add(attempt);
      if (arrival === 'duplicate') {
        duplicateCount += 1;
        // The same attempt handed in twice: the row names both places it came from.
        if (attempt.source !== undefined) trainees.get(attempt.traineeKey)?.sources.add(attempt.source);
        return false;
      }
      const result: AttemptResult = attempt.status === 'completed' && attempt.outcome ? attempt.outcome : 'unfinished';
      if (!scenarios.has(attempt.scenarioId)) scenarios.set(attempt.scenarioId, attempt.scenarioTitle);
      addCell(attempt, result, arrival);
      if (attempt.overall !== null) {
        overall.push(attempt.overall);
        for (let i = 0; i < DIMENSIONS.length; i += 1) {
          const value = attempt.dimensions[DIMENSIONS[i]!];
          if (value !== undefined) byDimension[i]!.push(value);
        }
        const day = Math.floor(attempt.finishedAt / DAY_MS) * DAY_MS;
        const bucket = days.get(day) ?? { attempts: 0, sum: 0 };
        bucket.attempts += 1;
        bucket.sum += attempt.overall;
        days.set(day, bucket);
      }
      items.add(attempt, result);
      return true;
    },
    summary() {
      const scenarioList = [...scenarios]
        .map(([id, title]) => ({ id, title }))
        .sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.id, b.id));
      const traineeList = [...trainees]
        .map(([key, trainee]) => ({ key, ...trainee }))
        .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.key, b.key));
      const labels = traineeLabels(traineeList);
      return {
        attemptCount: ledger.count,
        scoredCount: overall.length,
        duplicateCount,
        checks: ledger.summary(),
        trainees: traineeList.map(({ key, name, programId, sources }) => ({
          key,
          name,
          programId,
          sources: [...sources],
          ...labels.get(key)!,
        })),
        scenarios: scenarioList,
        cells: traineeList.map((trainee) => scenarioList.map((scenario) => trainee.cells.get(scenario.id) ?? null)),
        overall: distribution(overall),
        dimensions: DIMENSIONS.map((dimension, i) => ({ dimension, distribution: distribution(byDimension[i]!) })),
        progress: [...days]
          .sort(([a], [b]) => a - b)
          .map(([day, bucket]) => ({ day, attempts: bucket.attempts, meanOverall: bucket.sum / bucket.attempts })),
        items: items.summary(scenarioList),
      };
    },
  };
}

/** Aggregates a whole cohort at once (tests, the bench, small cohorts). */
export function aggregateCohort(attempts: Iterable<CohortAttempt>): CohortSummary {
  const accumulator = createCohortAccumulator();
  for (const attempt of attempts) accumulator.add(attempt);
  return accumulator.summary();
}
