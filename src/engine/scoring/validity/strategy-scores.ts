/**
 * Every content-blind strategy played through the scenario: its mean score
 * and where its plays end. Random play runs once per fixed seed.
 */
import { OUTCOME_CLASSES, type OutcomeClass } from '../../format/scenario.types';
import type { ScenarioAnalysis, ScorableScenario } from '../scoring.types';
import { authoredOrder, STRATEGIES, type OptionOrder, type StrategyId } from './content-blind-strategies';
import { playStrategy, type StrategyPlay } from './play-strategy';
import { seededRandom } from '../../runtime/mulberry32';
import { RANDOM_SEEDS } from './validity-thresholds';

export type PlayOutcome = OutcomeClass | 'unfinished';

export interface StrategyResult {
  id: StrategyId;
  /** Mean overall score (0–100, one decimal) over its plays. */
  score: number;
  plays: number;
  /** Plays per ending class; 'unfinished' when a play stopped before an ending. */
  outcomes: Partial<Record<PlayOutcome, number>>;
  /** The best ending class any play reached, or null if none finished. */
  bestOutcome: OutcomeClass | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** OUTCOME_CLASSES is ordered best first. */
export function bestClass(outcomes: Iterable<OutcomeClass | null>): OutcomeClass | null {
  let best: OutcomeClass | null = null;
  for (const o of outcomes) if (o !== null && (best === null || OUTCOME_CLASSES.indexOf(o) < OUTCOME_CLASSES.indexOf(best))) best = o;
  return best;
}

function summarise(id: StrategyId, plays: StrategyPlay[]): StrategyResult {
  const outcomes: Partial<Record<PlayOutcome, number>> = {};
  for (const play of plays) {
    const key: PlayOutcome = play.outcome ?? 'unfinished';
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  }
  const mean = plays.reduce((sum, p) => sum + p.score, 0) / plays.length;
  return { id, score: round1(mean), plays: plays.length, outcomes, bestOutcome: bestClass(plays.map((p) => p.outcome)) };
}

export function strategyScores(
  compiled: ScorableScenario,
  analysis: ScenarioAnalysis,
  order: OptionOrder = authoredOrder,
): StrategyResult[] {
  return STRATEGIES.map((strategy) => {
    const seeds = strategy.seeded ? RANDOM_SEEDS : [RANDOM_SEEDS[0]!];
    const plays = seeds.map((seed) => playStrategy(compiled, analysis, strategy, { order, rand: seededRandom(seed) }));
    return summarise(strategy.id, plays);
  });
}
