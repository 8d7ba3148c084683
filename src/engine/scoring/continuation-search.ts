/**
 * The best continuation of the overall blend from a few conversation states,
 * exactly, without expanding the whole state space: a depth-first branch and
 * bound for the decision review.
 *
 * V(s) = max over moves of (the move's blend reward + V(child)), an ending's
 * value at the leaves: the same recursion as the analysis's blendPass, with
 * the same floating-point operations, so the values are identical.
 *  - Bound: node-bounds.ts gives, per node, the most the blend could still
 *    earn whatever the patient's state. It never underestimates on an
 *    acyclic node graph, which is why callers use this search only there
 *    (every shipped scenario).
 *  - search(s, alpha) returns V(s) exactly when V(s) > alpha; otherwise it
 *    may stop early and return an upper bound that is <= alpha. Moves are
 *    tried best bound first, and a move whose bound cannot beat the best
 *    found so far (by more than EPS) is skipped.
 *  - Results are memoised per state (exact value, or an upper bound) and the
 *    memo is kept for later reviews of the same scenario and blend.
 * Only states near the trainee's path are expanded: a few hundred on the
 * flagship scenario, whose whole space has 700k.
 */
import { MAX_ROUTE_TURNS } from '../model/parameters';
import { nodeBounds } from './node-bounds';
import type { ScenarioLookup } from './scenario-moves';
import { BudgetExceeded, keyHi, keyLo, type SpaceBudget } from './state-space';
import { StateIndex } from './state-index';
import { stepTables, type StepTables } from './step-tables';
import { DIMENSIONS } from './scoring.types';
import { outcomeValue, type BlendModel } from './turn-score';

const VARS = 5;
/** Slack (blend units, about 1e-7 overall points) that keeps float rounding from pruning a tie. */
const EPS = 1e-9;

/** A review's allowance: states it may add to the memo (a count, so every machine gives the same review). */
export interface ReviewBudget extends SpaceBudget {
  /** States added so far (updated by the search). */
  used: number;
}

/** Per-depth scratch for one state's moves. */
interface Frame {
  after: Int32Array[];
  target: Int32Array;
  raw: Int32Array;
  childPrev: Int32Array;
  est: Float64Array;
  sorted: Int32Array;
}

export class ContinuationSearch {
  readonly tables: StepTables;
  private readonly index = new StateIndex();
  private value = new Float64Array(1024);
  private exactFlag = new Uint8Array(1024);
  private count = 0;
  private readonly reward: number[] = [];
  private readonly terminal: Float64Array;
  private readonly frames: Frame[] = [];
  private readonly start = new Int32Array(VARS);
  private readonly maxMoves: number;
  private budget: ReviewBudget = { maxStates: Infinity, used: 0 };
  /** Whether the last search() result is exact. */
  private exact = false;

  constructor(
    lookup: ScenarioLookup,
    private readonly model: BlendModel,
    private readonly bound: Float64Array,
  ) {
    this.tables = stepTables(lookup);
    this.terminal = Float64Array.from(lookup.scenario.endings, (e) => model.outcomeWeight * outcomeValue(e.outcome));
    this.maxMoves = Math.max(1, ...this.tables.fast.moves.map((m) => m.length));
  }

  /** Upper bound on what the blend can still earn at a node (-Infinity: no ending reachable). */
  nodeBound(node: number): number {
    return this.bound[node]!;
  }

  /**
   * V(state) if it exceeds `alpha` (then `exact` is true); otherwise an upper
   * bound <= alpha, or the exact value. -Infinity when no route ends.
   * Throws BudgetExceeded; the memo stays valid.
   */
  valueOf(node: number, values: ArrayLike<number>, prev: number, alpha: number, budget: ReviewBudget): { value: number; exact: boolean } {
    this.budget = budget;
    const start = this.start;
    for (let v = 0; v < VARS; v++) start[v] = values[v]!;
    const value = this.search(node, start, prev, 1, alpha);
    return { value, exact: this.exact };
  }

  private search(node: number, values: Int32Array, prev: number, depth: number, alpha: number): number {
    const hi = keyHi(this.tables.fast.nodeIds.length, node, prev, values[2]!);
    const lo = keyLo(values);
    let slot = this.index.get(hi, lo);
    if (slot !== undefined) {
      if (this.exactFlag[slot]) {
        this.exact = true;
        return this.value[slot]!;
      }
      if (this.value[slot]! <= alpha) {
        this.exact = false;
        return this.value[slot]!;
      }
    } else {
      if (this.budget.used++ >= this.budget.maxStates) throw new BudgetExceeded();
      slot = this.newSlot(hi, lo);
    }
    if (depth > MAX_ROUTE_TURNS) throw new BudgetExceeded();
    const frame = this.frame(depth);
    const n = this.expand(node, values, prev, frame);
    const { after, target, raw, childPrev, est, sorted } = frame;
    let best = -Infinity;
    let bound = -Infinity;
    let complete = true;
    for (let i = 0; i < n; i++) {
      const k = sorted[i]!;
      const lim = best > alpha ? best : alpha;
      if (est[k]! < lim - EPS) {
        // Sorted by bound: no later move can beat the best either.
        if (est[k]! > bound) bound = est[k]!;
        complete = false;
        break;
      }
      const t = target[k]!;
      const r = this.reward[raw[k]!]!;
      if (t < 0) {
        const v = r + this.terminal[-1 - t]!;
        if (v > best) best = v;
        continue;
      }
      const child = this.search(t, after[k]!, childPrev[k]!, depth + 1, lim - r - EPS);
      const v = r + child;
      if (this.exact) {
        if (v > best) best = v;
      } else {
        if (v > bound) bound = v;
        complete = false;
      }
    }
    const exact = complete || bound < best;
    this.value[slot] = exact ? best : Math.max(best, bound);
    this.exactFlag[slot] = exact ? 1 : 0;
    this.exact = exact;
    return this.value[slot]!;
  }

  /** Steps every move from the state into the frame; returns how many lead somewhere, sorted by bound (best first). */
  private expand(node: number, values: Int32Array, prev: number, frame: Frame): number {
    const moves = this.tables.fast.moves[node]!;
    const tables = this.tables;
    let n = 0;
    for (const move of moves) {
      const after = frame.after[n]!;
      const t = tables.step(move, prev, values, after);
      if (t === null) continue;
      const rest = t < 0 ? this.terminal[-1 - t]! : this.bound[t]!;
      if (rest === -Infinity) continue; // no route ends that way
      const raw = tables.rawId(move, prev, values, after);
      const r = (this.reward[raw] ??= this.rewardOf(raw));
      frame.target[n] = t;
      frame.raw[n] = raw;
      frame.childPrev[n] = t >= 0 ? tables.childPrevId(move, t) : -1;
      frame.est[n] = r + rest;
      // Insertion sort by bound, best first (stable: earlier moves first among equals).
      let i = n;
      while (i > 0 && frame.est[frame.sorted[i - 1]!]! < frame.est[n]!) {
        frame.sorted[i] = frame.sorted[i - 1]!;
        i--;
      }
      frame.sorted[i] = n;
      n++;
    }
    return n;
  }

  private rewardOf(raw: number): number {
    const r = this.tables.raws[raw]!;
    const coef = this.model.coef;
    return DIMENSIONS.reduce((a, d) => a + coef[d] * r[d], 0);
  }

  private newSlot(hi: number, lo: number): number {
    const slot = this.count++;
    if (slot >= this.value.length) {
      const value = new Float64Array(this.value.length * 2);
      value.set(this.value);
      this.value = value;
      const flag = new Uint8Array(this.exactFlag.length * 2);
      flag.set(this.exactFlag);
      this.exactFlag = flag;
    }
    this.value[slot] = Infinity;
    this.exactFlag[slot] = 0;
    this.index.set(hi, lo, slot);
    return slot;
  }

  private frame(depth: number): Frame {
    let frame = this.frames[depth];
    if (!frame) {
      const size = this.maxMoves;
      const block = new Int32Array(size * VARS);
      frame = {
        after: Array.from({ length: size }, (_, k) => block.subarray(k * VARS, (k + 1) * VARS)),
        target: new Int32Array(size),
        raw: new Int32Array(size),
        childPrev: new Int32Array(size),
        est: new Float64Array(size),
        sorted: new Int32Array(size),
      };
      this.frames[depth] = frame;
    }
    return frame;
  }
}

/** Searches kept per scenario, by blend model (a scenario has one, unless its analysis changes). */
const searches = new WeakMap<ScenarioLookup, Map<string, ContinuationSearch | null>>();
const KEPT_MODELS = 4;

/** The scenario's search for this blend (memo shared across reviews), or null if its node graph has a cycle. */
export function continuationSearch(lookup: ScenarioLookup, model: BlendModel): ContinuationSearch | null {
  const byModel = searches.get(lookup) ?? new Map<string, ContinuationSearch | null>();
  searches.set(lookup, byModel);
  const key = JSON.stringify([DIMENSIONS.map((d) => model.coef[d]), model.outcomeWeight]);
  if (byModel.has(key)) return byModel.get(key)!;
  const bounds = nodeBounds(lookup, model);
  const search = bounds ? new ContinuationSearch(lookup, model, bounds) : null;
  if (byModel.size >= KEPT_MODELS) byModel.delete(byModel.keys().next().value!);
  byModel.set(key, search);
  return search;
}
