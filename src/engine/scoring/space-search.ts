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

/** Σ coef·raw for each interned raw vector, summed in DIMENSIONS order (as blendReward does). */
function rawScores(space: StateSpace, coef: DimVector): Float64Array {
  const out = new Float64Array(space.raws.length);
  space.raws.forEach((r, i) => (out[i] = DIMENSIONS.reduce((a, d) => a + coef[d] * r[d], 0)));
  return out;
}

/** One pass: maximise or minimise Σ coef·raw over turns plus terminal(ending). */
export function solvePass(space: StateSpace, coef: DimVector, terminal: (ending: number) => number, sense: 'max' | 'min'): Pass {
  const rawScore = rawScores(space, coef);
  const endings = space.fast.lookup.scenario.endings.map((_, i) => terminal(i));
  const value = new Float64Array(space.size).fill(NaN);
  const choice = new Int32Array(space.size).fill(-1);
  const { order, edgeStart, edgeCount, edgeChild, edgeRaw } = space;
  const max = sense === 'max';
  for (let i = 0; i < order.length; i++) {
    const s = order[i]!;
    let best = NaN;
    let pick = -1;
    const end = edgeStart[s]! + edgeCount[s]!;
    for (let e = edgeStart[s]!; e < end; e++) {
      const child = edgeChild[e]!;
      const v = rawScore[edgeRaw[e]!]! + (child < 0 ? endings[-1 - child]! : value[child]!);
      if (v !== v) continue; // NaN: no route ends that way
      if (pick < 0 || (max ? v > best : v < best)) {
        best = v;
        pick = e;
      }
    }
    value[s] = best;
    choice[s] = pick;
  }
  return { value, choice };
}

/** Number of distinct routes from each state to an ending. */
export function routeCounts(space: StateSpace): Float64Array {
  const count = new Float64Array(space.size);
  const { order, edgeStart, edgeCount, edgeChild } = space;
  for (let i = 0; i < order.length; i++) {
    const s = order[i]!;
    let n = 0;
    const end = edgeStart[s]! + edgeCount[s]!;
    for (let e = edgeStart[s]!; e < end; e++) {
      const child = edgeChild[e]!;
      n += child < 0 ? 1 : count[child]!;
    }
    count[s] = n;
  }
  return count;
}

/**
 * Best and worst raw total per dimension from a state (one pass for all ten);
 * null if no route ends. The five dimensions are unrolled into locals, and a
 * state's ten totals sit side by side (best 0–4, worst 5–9) so reading a
 * child costs one memory access: this pass visits every edge of the state
 * space. A state no route ends from is marked by best[0] = -Infinity.
 */
export function dimensionBounds(space: StateSpace, root: number): Bounds | null {
  const D = DIMENSIONS.length;
  if (D !== 5) throw new Error('dimensionBounds expects five dimensions');
  const raws = new Float64Array(space.raws.flatMap((r) => DIMENSIONS.map((d) => r[d])));
  const totals = new Float64Array(space.size * 10);
  const { order, edgeStart, edgeCount, edgeChild, edgeRaw } = space;
  for (let i = 0; i < order.length; i++) {
    const s = order[i]!;
    let h0 = -Infinity,
      h1 = -Infinity,
      h2 = -Infinity,
      h3 = -Infinity,
      h4 = -Infinity;
    let l0 = Infinity,
      l1 = Infinity,
      l2 = Infinity,
      l3 = Infinity,
      l4 = Infinity;
    const end = edgeStart[s]! + edgeCount[s]!;
    for (let e = edgeStart[s]!; e < end; e++) {
      const child = edgeChild[e]!;
      const r = edgeRaw[e]! * D;
      const r0 = raws[r]!,
        r1 = raws[r + 1]!,
        r2 = raws[r + 2]!,
        r3 = raws[r + 3]!,
        r4 = raws[r + 4]!;
      let u0 = r0,
        u1 = r1,
        u2 = r2,
        u3 = r3,
        u4 = r4;
      let d0 = r0,
        d1 = r1,
        d2 = r2,
        d3 = r3,
        d4 = r4;
      if (child >= 0) {
        const c = child * 10;
        if (totals[c] === -Infinity) continue;
        u0 += totals[c]!;
        u1 += totals[c + 1]!;
        u2 += totals[c + 2]!;
        u3 += totals[c + 3]!;
        u4 += totals[c + 4]!;
        d0 += totals[c + 5]!;
        d1 += totals[c + 6]!;
        d2 += totals[c + 7]!;
        d3 += totals[c + 8]!;
        d4 += totals[c + 9]!;
      } else {
        // An ending adds nothing further (+ 0 keeps the old arithmetic exactly, signed zeros included).
        u0 += 0;
        u1 += 0;
        u2 += 0;
        u3 += 0;
        u4 += 0;
        d0 += 0;
        d1 += 0;
        d2 += 0;
        d3 += 0;
        d4 += 0;
      }
      if (u0 > h0) h0 = u0;
      if (u1 > h1) h1 = u1;
      if (u2 > h2) h2 = u2;
      if (u3 > h3) h3 = u3;
      if (u4 > h4) h4 = u4;
      if (d0 < l0) l0 = d0;
      if (d1 < l1) l1 = d1;
      if (d2 < l2) l2 = d2;
      if (d3 < l3) l3 = d3;
      if (d4 < l4) l4 = d4;
    }
    // h0 stays -Infinity exactly when no edge was feasible (raw totals are finite).
    const o = s * 10;
    totals[o] = h0;
    totals[o + 1] = h1;
    totals[o + 2] = h2;
    totals[o + 3] = h3;
    totals[o + 4] = h4;
    totals[o + 5] = l0;
    totals[o + 6] = l1;
    totals[o + 7] = l2;
    totals[o + 8] = l3;
    totals[o + 9] = l4;
  }
  if (totals[root * 10] === -Infinity) return null;
  const bounds = {} as Bounds;
  DIMENSIONS.forEach((d, i) => (bounds[d] = { best: totals[root * 10 + i]!, worst: totals[root * 10 + 5 + i]! }));
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
