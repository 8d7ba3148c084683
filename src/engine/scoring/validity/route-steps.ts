/** A route as the checker reports it: the node of each turn and the choice taken there. */
import { playRoute } from '../play-route';
import type { ScorableScenario } from '../scoring.types';

export interface RouteStep {
  node: string;
  /** A choice id, or 'timeout' where the time limit is left to expire. */
  choice: string;
}

export function routeSteps(compiled: ScorableScenario, moves: readonly string[]): RouteStep[] {
  return playRoute(compiled, moves).transcript.map((turn, i) => ({ node: turn.nodeId, choice: moves[i]! }));
}
