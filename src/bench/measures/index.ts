import type { BenchMeasure } from '../bench-types';
import { analysisCost } from './analysis-cost';
import { authorKeystroke } from './author-keystroke';
import { coderLatency } from './coder-latency';
import { cohortAggregate } from './cohort-aggregate';
import { loadFromBuilt } from './load-from-built';
import { loadFromSource } from './load-from-source';
import { perChoice } from './per-choice';
import { uiBundle } from './ui-bundle';
import { uiLighthouse } from './ui-lighthouse';
import { uiLongTasks } from './ui-long-tasks';

/**
 * Every benchmark, in the order they run. To add one, write a file in this
 * folder exporting a BenchMeasure and add one line here.
 */
export const MEASURES: BenchMeasure[] = [
  loadFromSource,
  loadFromBuilt,
  perChoice,
  analysisCost,
  cohortAggregate,
  authorKeystroke,
  coderLatency,
  uiBundle,
  uiLongTasks,
  uiLighthouse,
];
