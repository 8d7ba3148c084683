/**
 * Exact optimisation over an expanded StateSpace (acyclic, in post-order):
 * best and worst raw total per dimension, the number of distinct routes, and
 * the best and worst continuation of the overall blend from every state.
 * Every objective is a sum of per-turn terms plus an ending term, so one pass
 * over the states, children first, solves it exactly.
 */
import type { Ending, OutcomeClass } from '../format/scenario.types';
import { DIMENSIONS } from './scoring.types';
import type { StateSpace } from './state-space';
import { outcomeValue, type BlendModel, type Bounds, type DimVector } from './turn-score';

export interface Pass {
  /** Best value still to earn from each state; NaN where no route ends. */
  value: Float64Array;
  /** Edge index of the best move from each state (-1 if none). */
  choice: Int32Array;
}

/** One pass: maximise or minimise Σ coef·raw over turns plus terminal(ending). */
export function solvePass(space: StateSpace, coef: DimVector, terminal: (ending: number) => number, sense: 'max' | 'min'): Pass {
  const rawScore = space.raws.map((r) => DIMENSIONS.reduce((a, d) => a + coef[d] * r[d], 0));
  const value = new Float64Array(space.size).fill(NaN);
  const choice = new Int32Array(space.size).fill(-1);
  const max = sense === 'max';
  for (const s of space.order) {
    let best = NaN;
    let pick = -1;
    const end = space.edgeStart[s]! + space.edgeCount[s]!;
    for (let e = space.edgeStart[s]!; e < end; e++) {
      const child = space.edgeChild[e]!;
      const v = rawScore[space.edgeRaw[e]!]! + (child < 0 ? terminal(-1 - child) : value[child]!);
      if (Number.isNaN(v)) continue;
      if (pick < 0 || (max ? v > best : v < best)) [best, pick] = [v, e];
    }
    value[s] = best;
    choice[s] = pick;
  }
  return { value, choice };
}

/** Number of distinct routes from each state to an ending. */
export function routeCounts(space: StateSpace): Float64Array {
  const count = new Float64Array(space.size);
  for (const s of space.order) {
    let n = 0;
    const end = space.edgeStart[s]! + space.edgeCount[s]!;
    for (let e = space.edgeStart[s]!; e < end; e++) {
      const child = space.edgeChild[e]!;
      n += child < 0 ? 1 : count[child]!;
    }
    count[s] = n;
  }
  return count;
}

/** Best and worst raw total per dimension from a state (one pass for all ten); null if no route ends. */
export function dimensionBounds(space: StateSpace, root: number): Bounds | null {
  const D = DIMENSIONS.length;
  const raws = space.raws.flatMap((r) => DIMENSIONS.map((d) => r[d]));
  const hi = new Float64Array(space.size * D);
  const lo = new Float64Array(space.size * D);
  const feasible = new Uint8Array(space.size);
  for (const s of space.order) {
    const end = space.edgeStart[s]! + space.edgeCount[s]!;
    for (let e = space.edgeStart[s]!; e < end; e++) {
      const child = space.edgeChild[e]!;
      if (child >= 0 && !feasible[child]) continue;
      const r = space.edgeRaw[e]! * D;
      for (let d = 0; d < D; d++) {
        const up = raws[r + d]! + (child < 0 ? 0 : hi[child * D + d]!);
        const down = raws[r + d]! + (child < 0 ? 0 : lo[child * D + d]!);
        if (!feasible[s] || up > hi[s * D + d]!) hi[s * D + d] = up;
        if (!feasible[s] || down < lo[s * D + d]!) lo[s * D + d] = down;
      }
      feasible[s] = 1;
    }
  }
  if (!feasible[root]) return null;
  const bounds = {} as Bounds;
  DIMENSIONS.forEach((d, i) => (bounds[d] = { best: hi[root * D + i]!, worst: lo[root * D + i]! }));
  return bounds;
}

export interface RouteResult {
  moves: string[];
  ending: Ending | null;
  outcome: OutcomeClass | null;
}

/** The blend's best ('max') or worst ('min') continuation from every state. */
export function blendPass(space: StateSpace, model: BlendModel, sense: 'max' | 'min'): Pass {
  const endings = space.fast.lookup.scenario.endings;
  return solvePass(space, model.coef, (i) => model.outcomeWeight * outcomeValue(endings[i]!.outcome), sense);
}

/** Follows a pass's choices from a state to an ending. */
export function followRoute(space: StateSpace, pass: Pass, root: number): RouteResult {
  const moves: string[] = [];
  const endings = space.fast.lookup.scenario.endings;
  let s = root;
  for (;;) {
    const e = pass.choice[s]!;
    if (e < 0) return { moves, ending: null, outcome: null };
    moves.push(space.fast.moves[space.node[s]!]![space.edgeMove[e]!]!.move.id);
    const child = space.edgeChild[e]!;
    if (child < 0) {
      const ending = endings[-1 - child]!;
      return { moves, ending, outcome: ending.outcome };
    }
    s = child;
  }
}
