import { analyseScenario, compileScenario } from '../../engine/authoring';
import type { BenchMeasure } from '../bench-types';
import { generateScenario } from '../generate-scenarios';
import { medianMs, timeOnce } from '../timing';

/** Below this size the generated scenario is searched exactly (seconds per run), so it is timed once. */
const EXACT_SIZES_BELOW = 1_000;

/**
 * analyseScenario on the generated scenario (always including 1,000 nodes).
 * Small sizes run the exact state search to its budget; from 1,000 nodes the
 * routes are deeper than any authored conversation, so the search falls back
 * to greedy walks at once. Lines report the time, whether the result is exact,
 * states expanded and the (possibly capped) route count.
 */
export const analysisCost: BenchMeasure = {
  name: 'analysis',
  description: 'analyseScenario on the generated scenario (exact search or greedy fallback)',
  *run({ sizes, runsFor }) {
    for (const nodes of [...new Set([...sizes, 1_000])].sort((a, b) => a - b)) {
      const compiled = compileScenario(generateScenario(nodes));
      const analyse = () => analyseScenario({ scenario: structuredClone(compiled.scenario) });
      const timed = (): void => void analyse();
      const runs = nodes < EXACT_SIZES_BELOW ? 1 : runsFor(nodes);
      const ms = nodes < EXACT_SIZES_BELOW ? timeOnce(timed) : medianMs(runs, timed);
      const result = analyse();
      yield {
        measure: 'analysis',
        nodes,
        runs,
        ms: Math.round(ms * 10) / 10,
        exact: result.exact,
        states: result.states ?? null,
        routes: result.routes.count,
        routesExact: result.routes.exact,
        bestScore: result.bestScore,
        worstScore: result.worstScore,
        bestOutcome: result.bestOutcome,
        worstOutcome: result.worstOutcome,
      };
    }
  },
};
