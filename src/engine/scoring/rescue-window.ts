/**
 * The rescue window: one or two poor responses must not end a conversation
 * badly for a trainee who then does well. A "poor" response carries a
 * damaging rubric code (or lets a time limit run out). Over the expanded
 * state space, every route that plays the best continuation except for at
 * most RESCUE_POOR_MOVES poor responses (at any points) must end in an
 * alliance or partial outcome, or at an ending the author marked as a safety
 * stop (`safetyLimit: true`: abuse, a threat). A poor response at a closing
 * decision (one whose every response ends the conversation) may end it badly:
 * nothing is left to repair, and that is the lesson. The routes that break this are
 * returned, shortest first, as the SCN116 lint's evidence.
 */
import { POSITIVE_OUTCOMES } from '../format/scenario.types';
import { codeById } from '../model/rubric';
import type { Move } from './scenario-moves';
import type { Pass } from './space-search';
import type { StateSpace } from './state-space';

/** How many poor responses the window forgives (design choice: "one or two"). */
export const RESCUE_POOR_MOVES = 2;
/** Routes reported at most (the lint names the first). */
const MAX_REPORTED = 3;

export interface RescueFailure {
  /** Choice ids from the start ('timeout' where a time limit ran out). */
  route: string[];
  /** How many of them were poor. */
  poorMoves: number;
  endingId: string;
}

export function isPoorMove(move: Move): boolean {
  return move.id === 'timeout' || move.codes.some((id) => codeById(id)?.direction === 'damaging');
}

/** Routes of best play with up to RESCUE_POOR_MOVES poor responses that end badly outside a safety stop. */
export function rescueFailures(space: StateSpace, best: Pass, root: number): RescueFailure[] {
  const { fast, edgeStart, edgeCount, edgeChild, edgeMove, node } = space;
  const endings = fast.lookup.scenario.endings;
  const failures: RescueFailure[] = [];
  // A (state, poor moves used) pair explored once is enough: its failures repeat whatever led there.
  const seen = new Set<number>();
  const visit = (s: number, used: number, route: string[]): void => {
    const key = s * (RESCUE_POOR_MOVES + 1) + used;
    if (seen.has(key) || failures.length >= MAX_REPORTED * 4) return;
    seen.add(key);
    const end = edgeStart[s]! + edgeCount[s]!;
    let closing = true;
    for (let e = edgeStart[s]!; e < end; e++) if (edgeChild[e]! >= 0) closing = false;
    for (let e = edgeStart[s]!; e < end; e++) {
      const move = fast.moves[node[s]!]![edgeMove[e]!]!.move;
      const poor = e !== best.choice[s] && isPoorMove(move);
      if (e !== best.choice[s] && !(poor && used < RESCUE_POOR_MOVES)) continue;
      const next = used + (poor ? 1 : 0);
      const child = edgeChild[e]!;
      if (child >= 0) {
        visit(child, next, [...route, move.id]);
        continue;
      }
      const ending = endings[-1 - child]!;
      if (!POSITIVE_OUTCOMES.includes(ending.outcome) && !ending.safetyLimit && !(poor && closing))
        failures.push({ route: [...route, move.id], poorMoves: next, endingId: ending.id });
    }
  };
  visit(root, 0, []);
  return failures.sort((a, b) => a.route.length - b.route.length).slice(0, MAX_REPORTED);
}
