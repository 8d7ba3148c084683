/**
 * Plays one content-blind strategy from the scenario's start to an ending
 * under the real patient model, and scores the attempt with the engine's own
 * scoring, as if a trainee had played it.
 */
import type { OutcomeClass } from '../../format/scenario.types';
import { applyTurn } from '../../model/patient-step';
import { playRoute } from '../play-route';
import { lookupScenario, resolveTarget } from '../scenario-moves';
import { scoreTotals } from '../score-attempt';
import type { ScenarioAnalysis, ScorableScenario } from '../scoring.types';
import { authoredOrder, type OptionOrder, type Strategy } from './content-blind-strategies';
import { seededRandom } from '../../runtime/mulberry32';
import { MAX_STRATEGY_TURNS, RANDOM_SEEDS } from './validity-thresholds';

export interface StrategyPlay {
  /** Choice ids in order. */
  moves: string[];
  endingId: string | null;
  outcome: OutcomeClass | null;
  /** Overall score, 0–100. */
  score: number;
}

export interface PlayOptions {
  order?: OptionOrder;
  rand?: () => number;
  maxTurns?: number;
}

/** The choice ids a strategy takes, stopping at an ending, a dead end or the turn bound. */
export function strategyMoves(compiled: ScorableScenario, strategy: Strategy, options: PlayOptions = {}): string[] {
  const { order = authoredOrder, rand = seededRandom(RANDOM_SEEDS[0]!), maxTurns = MAX_STRATEGY_TURNS } = options;
  const lookup = lookupScenario(compiled.scenario);
  const moves: string[] = [];
  let nodeId = compiled.scenario.start;
  let patient = compiled.scenario.initialState;
  let previousCodes: readonly string[] = [];
  while (moves.length < maxTurns) {
    const node = lookup.nodes.get(nodeId);
    const shown = node ? order(node) : [];
    if (shown.length === 0) break;
    const picked = strategy.pick(shown, rand);
    const move = lookup.movesAt(nodeId).find((m) => m.id === picked.id);
    if (!move) break;
    moves.push(move.id);
    const after = applyTurn(patient, move.codes, { effects: move.effects, previousCodes }).state;
    const target = resolveTarget(move, after);
    if (target === null || !lookup.nodes.has(target)) break;
    [nodeId, patient, previousCodes] = [target, after, move.codes];
  }
  return moves;
}

/** One play of a strategy, scored against the scenario's analysis. */
export function playStrategy(
  compiled: ScorableScenario,
  analysis: ScenarioAnalysis,
  strategy: Strategy,
  options: PlayOptions = {},
): StrategyPlay {
  const moves = strategyMoves(compiled, strategy, options);
  const { transcript, endingId } = playRoute(compiled, moves);
  const totals = scoreTotals(compiled, transcript, endingId, analysis);
  return { moves, endingId, outcome: totals.outcome, score: totals.overall };
}
