/**
 * analyseValidity: how far the score can be earned without the skill it
 * names. Content-blind strategies are played beside the expert (best) route,
 * surface cues of the options are measured, and the expert route's MITI
 * indicators are read, so an author sees the leaks next to the real thing.
 * Cheap: a handful of plays and one pass over the nodes, no search.
 */
import type { OutcomeClass } from '../../format/scenario.types';
import { mitiIndicators } from '../miti';
import { playRoute } from '../play-route';
import { scoreTotals } from '../score-attempt';
import type { MitiIndicator, ScenarioAnalysis, ScorableScenario } from '../scoring.types';
import { authoredOrder, type OptionOrder } from './content-blind-strategies';
import { optionStatistics, type OptionStatistics } from './option-statistics';
import { bestClass, strategyScores, type StrategyResult } from './strategy-scores';

export interface ExpertRoute {
  /** Overall score (0–100) of the analysis's best route. */
  score: number;
  endingId: string | null;
  outcome: OutcomeClass | null;
  miti: MitiIndicator[];
}

export interface ValidityStats {
  expert: ExpertRoute;
  /** The best ending class among the scenario's endings. */
  bestOfferedOutcome: OutcomeClass | null;
  strategies: StrategyResult[];
  options: OptionStatistics;
}

export function analyseValidity(compiled: ScorableScenario, analysis: ScenarioAnalysis, order: OptionOrder = authoredOrder): ValidityStats {
  const best = playRoute(compiled, analysis.bestRoute);
  const totals = scoreTotals(compiled, best.transcript, best.endingId, analysis);
  return {
    expert: { score: totals.overall, endingId: best.endingId, outcome: totals.outcome, miti: mitiIndicators(best.transcript) },
    bestOfferedOutcome: bestClass(compiled.scenario.endings.map((e) => e.outcome)),
    strategies: strategyScores(compiled, analysis, order),
    options: optionStatistics(compiled, analysis),
  };
}
