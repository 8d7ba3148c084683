import type { BenchMeasure } from '../bench-types';
import { FIRST_LOAD_BUDGET_BYTES, firstLoadJs } from './first-load-js';
import { builtApp } from './ui-built-app';

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/**
 * Gzip size of the JavaScript a trainee downloads before each trainee route's
 * first screen (library, play, debrief, history), from the built index.html;
 * see firstLoadJs for what counts. One line per route, then storage (fetched
 * in parallel by every route; reported beside the budget, not in it).
 * `tests/e2e/bundle-budget.spec.ts` fails the e2e run on the same figures.
 */
export const uiBundle: BenchMeasure = {
  name: 'ui-bundle',
  description: `First-load JS (gzip) of each trainee route from the built app (target ≤ ${FIRST_LOAD_BUDGET_BYTES / 1024} KB)`,
  *run() {
    const scenario = process.env.BENCH_PLAY_SCENARIO ?? 'work-injury-claim';
    const { routes, storageGzipBytes } = firstLoadJs(builtApp(), scenario);
    for (const { route, files, gzipBytes } of routes) {
      yield {
        measure: 'ui-bundle',
        route,
        gzipKB: kb(gzipBytes),
        files: files.length,
        budgetKB: FIRST_LOAD_BUDGET_BYTES / 1024,
        pass: gzipBytes <= FIRST_LOAD_BUDGET_BYTES,
      };
    }
    yield {
      measure: 'ui-bundle',
      route: 'storage (parallel, beside the budget)',
      gzipKB: storageGzipBytes === null ? null : kb(storageGzipBytes),
    };
  },
};
