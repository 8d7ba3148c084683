/**
 * Library-wide figures of the validity report: per content-blind strategy,
 * its mean score over the scenarios and in how many it reaches an alliance
 * ending (random play: in most of its plays, as SCN130 counts it).
 */
import { RANDOM_BEST_ENDING_SHARE, STRATEGIES, STRATEGY_IDS, type StrategyId, type ValidityStats } from '../engine/authoring';

export interface LibraryMean {
  id: StrategyId;
  /** Mean over scenarios of the strategy's (mean) score, one decimal. */
  meanScore: number | null;
  /** Scenarios in which it reaches an alliance ending. */
  allianceScenarios: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function libraryMeans(all: readonly ValidityStats[]): LibraryMean[] {
  return STRATEGY_IDS.map((id) => {
    const results = all.flatMap((v) => v.strategies.filter((s) => s.id === id));
    const seeded = STRATEGIES.find((s) => s.id === id)?.seeded ?? false;
    const alliance = results.filter((r) => {
      const reached = r.outcomes.alliance ?? 0;
      return seeded ? reached / r.plays > RANDOM_BEST_ENDING_SHARE : reached > 0;
    }).length;
    const mean = results.length === 0 ? null : round1(results.reduce((sum, r) => sum + r.score, 0) / results.length);
    return { id, meanScore: mean, allianceScenarios: alliance };
  });
}
