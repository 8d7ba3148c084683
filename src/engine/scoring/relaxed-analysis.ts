/**
 * The analysis when the exact search runs out of budget: greedy walks for each
 * dimension (both senses) and for the blend (both senses). Every bound is a
 * route that really exists, so scores still reach 0 and 100, but a trainee may
 * beat a greedy bound (their score is then clamped) and `exact` is false.
 */
import type { ScenarioAnalysis } from './scoring.types';
import { DIMENSIONS } from './scoring.types';
import { greedyWalk, RelaxedBounds, relaxedRouteCount, type Objective, type Walk } from './relaxed-search';
import type { ScenarioLookup } from './scenario-moves';
import { blendModel, blendOf, overallFromBlend, zeroVector, type Bounds } from './turn-score';

export type AnalysisCore = Omit<ScenarioAnalysis, 'coverage'>;

export function emptyAnalysis(exact: boolean): AnalysisCore {
  const dimensionBounds = {} as Bounds;
  for (const d of DIMENSIONS) dimensionBounds[d] = { best: 0, worst: 0 };
  return {
    bestScore: 0,
    worstScore: 0,
    bestOutcome: null,
    worstOutcome: null,
    bestRoute: [],
    worstRoute: [],
    routes: { count: 0, exact },
    dimensionBounds,
    exact,
  };
}

const walk = (lookup: ScenarioLookup, o: Objective): Walk =>
  greedyWalk(lookup, o, new RelaxedBounds(lookup, o), lookup.scenario.initialState);

export function relaxedAnalysis(lookup: ScenarioLookup): AnalysisCore {
  const walks: Walk[] = [];
  for (const d of DIMENSIONS)
    for (const sense of ['max', 'min'] as const) walks.push(walk(lookup, { coef: { ...zeroVector(), [d]: 1 }, outcomeWeight: 0, sense }));
  const ended = () => walks.filter((w) => w.ending !== null);
  if (ended().length === 0) return emptyAnalysis(false);
  const dimensionBounds = {} as Bounds;
  for (const d of DIMENSIONS) {
    const values = ended().map((w) => w.raw[d]);
    dimensionBounds[d] = { best: Math.max(...values), worst: Math.min(...values) };
  }
  const model = blendModel(dimensionBounds);
  for (const sense of ['max', 'min'] as const) walks.push(walk(lookup, { coef: model.coef, outcomeWeight: model.outcomeWeight, sense }));
  const scored = ended().map((w) => ({ w, blend: blendOf(w.raw, dimensionBounds, w.ending!.outcome) }));
  const best = scored.reduce((a, b) => (b.blend > a.blend ? b : a));
  const worst = scored.reduce((a, b) => (b.blend < a.blend ? b : a));
  const blendBounds = { best: best.blend, worst: worst.blend };
  return {
    bestScore: overallFromBlend(best.blend),
    worstScore: overallFromBlend(worst.blend),
    bestOutcome: best.w.ending!.outcome,
    worstOutcome: worst.w.ending!.outcome,
    bestRoute: best.w.moves,
    worstRoute: worst.w.moves,
    routes: { count: relaxedRouteCount(lookup, lookup.scenario.start), exact: false },
    dimensionBounds,
    blendBounds,
    exact: false,
  };
}
