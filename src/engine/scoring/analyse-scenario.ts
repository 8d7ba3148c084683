/**
 * analyseScenario: what a scenario makes achievable, for normalising scores
 * and for authoring lints.
 *
 * Method. Routing and gating depend on patient state, so the search runs over
 * conversation states (node, patient state, previous turn's codes), not nodes.
 *  1. Expand every reachable state depth-first, memoised (StateSpace); each move
 *     is a choice or, on a timed node, letting the time limit expire ('timeout').
 *  2. Per dimension, the best and worst raw total over complete routes, and the
 *     number of distinct routes (memoised sums; exact on an acyclic state graph).
 *  3. With those bounds the overall blend is a sum of per-turn terms plus an
 *     ending term (turn-score.ts), so the best and worst routes are found exactly
 *     by the same memoised recursion.
 * If the state budget runs out (large generated scenarios),
 * the search falls back to greedy walks guided by state-free bounds
 * (relaxed-search.ts): bounds become achievable estimates, the route count an
 * upper bound, and `exact` is false.
 */
import { ANALYSIS_STATE_BUDGET } from '../model/parameters';
import { emptyAnalysis, relaxedAnalysis, type AnalysisCore } from './relaxed-analysis';
import { codeById } from '../model/rubric';
import { lookupScenario } from './scenario-moves';
import { DIMENSIONS, type ScenarioAnalysis, type ScorableScenario } from './scoring.types';
import { blendPass, dimensionBounds, followRoute, routeCounts } from './space-search';
import { rescueFailures } from './rescue-window';
import { BudgetExceeded, StateSpace } from './state-space';
import { blendModel, isScoreable, overallFromBlend } from './turn-score';

export interface AnalyseOptions {
  /** Most conversation states the exact search may expand (a count, never time: the result is the same on any machine). */
  maxStates?: number;
}

const INFLUENCES = ['anger', 'hostility', 'perceived-injustice'] as const;

export function analyseScenario(compiled: ScorableScenario, options: AnalyseOptions = {}): ScenarioAnalysis {
  const { scenario } = compiled;
  const lookup = lookupScenario(scenario);
  const budget = { maxStates: options.maxStates ?? ANALYSIS_STATE_BUDGET };
  const space = new StateSpace(lookup, budget);
  let root: number;
  try {
    root = space.root(scenario.start, scenario.initialState, []);
  } catch (error) {
    if (!(error instanceof BudgetExceeded)) throw error;
    return withCoverage(compiled, relaxedAnalysis(lookup));
  }
  const bounds = dimensionBounds(space, root);
  if (!bounds) return withCoverage(compiled, emptyAnalysis(!space.cyclic));
  const model = blendModel(bounds);
  const best = blendPass(space, model, 'max');
  const worst = blendPass(space, model, 'min');
  const blendBounds = { best: model.offset + best.value[root]!, worst: model.offset + worst.value[root]! };
  const bestRoute = followRoute(space, best, root);
  const worstRoute = followRoute(space, worst, root);
  const exact = !space.cyclic;
  const count = routeCounts(space)[root]!;
  const rescue = exact ? rescueFailures(space, best, root) : undefined;
  return withCoverage(compiled, {
    bestScore: overallFromBlend(blendBounds.best),
    worstScore: overallFromBlend(blendBounds.worst),
    bestOutcome: bestRoute.outcome,
    worstOutcome: worstRoute.outcome,
    bestRoute: bestRoute.moves,
    worstRoute: worstRoute.moves,
    routes: { count: Math.min(count, Number.MAX_SAFE_INTEGER), exact: exact && count <= Number.MAX_SAFE_INTEGER },
    dimensionBounds: bounds,
    blendBounds,
    exact,
    states: space.size,
    ...(rescue ? { rescueFailures: rescue } : {}),
  });
}

/** Codes the scenario uses, dimensions it can score, negative influences it addresses. */
function withCoverage(compiled: ScorableScenario, analysis: AnalysisCore): ScenarioAnalysis {
  const { scenario } = compiled;
  const codes = new Set<string>();
  for (const node of scenario.nodes) {
    for (const choice of node.choices) for (const c of choice.codes) codes.add(c);
    for (const c of node.timeLimit?.codes ?? []) codes.add(c);
  }
  const influences = new Set<string>(scenario.factors);
  for (const id of codes) for (const i of codeById(id)?.influences ?? []) influences.add(i);
  return {
    ...analysis,
    coverage: {
      codes: [...codes].sort(),
      dimensions: DIMENSIONS.filter((d) => isScoreable(analysis.dimensionBounds[d])),
      influences: INFLUENCES.filter((i) => influences.has(i)),
    },
  };
}

const cache = new WeakMap<object, ScenarioAnalysis>();

/** The analysis attached at build time if it looks right, else computed (and cached). */
export function analysisFor(compiled: ScorableScenario): ScenarioAnalysis {
  const attached = compiled.analysis as Partial<ScenarioAnalysis> | undefined;
  const bounds = attached?.dimensionBounds;
  if (bounds && DIMENSIONS.every((d) => typeof bounds[d]?.best === 'number' && typeof bounds[d]?.worst === 'number'))
    return attached as ScenarioAnalysis;
  const hit = cache.get(compiled.scenario);
  if (hit) return hit;
  const analysis = analyseScenario(compiled);
  cache.set(compiled.scenario, analysis);
  return analysis;
}
