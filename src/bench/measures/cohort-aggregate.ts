import { aggregateCohort, generateCohortAttempts, generateCohortFiles, readCohortFile, serializeExportFile } from '../../export/records';
import type { BenchMeasure } from '../bench-types';
import { medianMs, round } from '../timing';

/** The dashboard's budget: a cohort of 100,000 attempts aggregates in a second. */
const TARGET_MS = 1_000;
const ATTEMPT_COUNTS = [10_000, 100_000];
const ATTEMPTS_PER_TRAINEE = 8;
/** Files read in the second line: a class of 200 trainees handing in exports. */
const COHORT_FILES = 200;

/**
 * The cohort dashboard's two costs. `cohort-aggregate`: aggregateCohort over
 * synthetic attempts (trainee × scenario table, distributions, progress, item
 * analysis). `cohort-read`: validating and checksumming a class's export files.
 * Scenario sizes do not apply; the attempt counts are fixed.
 */
export const cohortAggregate: BenchMeasure = {
  name: 'cohort-aggregate',
  description: `Cohort dashboard: aggregate 10k / 100k attempts (target ≤ ${TARGET_MS} ms) and read ${COHORT_FILES} export files`,
  *run({ runsFor }) {
    const runs = runsFor(1_000);
    for (const count of ATTEMPT_COUNTS) {
      const attempts = generateCohortAttempts({
        trainees: count / ATTEMPTS_PER_TRAINEE,
        attemptsPerTrainee: [ATTEMPTS_PER_TRAINEE, ATTEMPTS_PER_TRAINEE],
        seed: 11,
      });
      const ms = medianMs(runs, () => void aggregateCohort(attempts));
      yield {
        measure: 'cohort-aggregate',
        attempts: count,
        median_ms: round(ms, 1),
        target_ms: TARGET_MS,
        meetsTarget: ms <= TARGET_MS,
        runs,
      };
    }
    const texts = generateCohortFiles({ trainees: COHORT_FILES, seed: 12 }).map(serializeExportFile);
    const bytes = texts.reduce((sum, text) => sum + text.length, 0);
    const ms = medianMs(runs, () => {
      for (const [i, text] of texts.entries()) readCohortFile(`trainee-${i}.json`, text);
    });
    yield { measure: 'cohort-read', files: COHORT_FILES, megabytes: round(bytes / 1e6, 2), median_ms: round(ms, 1), runs };
  },
};
