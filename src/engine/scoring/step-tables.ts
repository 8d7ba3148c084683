/**
 * Memoised turn arithmetic shared by the exact search and the decision
 * review. One turn's change to each variable depends only on the move, the
 * previous codes that matter at its node, two anger thresholds (gating and
 * LIM) and injustice, so it is computed once per combination (stepDelta,
 * the same arithmetic as applyTurn) and afterwards each step is five
 * additions and clamps. Previous-code sets and per-turn raw points are
 * interned as small integer ids. One instance per scenario (cached).
 */
import {
  GATING_ANGER_THRESHOLD,
  LIM_HELPFUL_ANGER,
  STATE_MAX,
  STATE_MIN,
} from './model-parameters';
import { fastScenario, routeOf, stepDelta, toPatientState, type FastMove, type FastScenario, type TargetRef } from './fast-scenario';
import type { ScenarioLookup } from './scenario-moves';
import { turnRaw, type DimVector } from './turn-score';

// Module-local copies: reading an imported binding in the hot loop costs a getter call in Node (CommonJS interop).
const GATING = GATING_ANGER_THRESHOLD;
const LIM_ANGER = LIM_HELPFUL_ANGER;
const MIN = STATE_MIN;
const MAX = STATE_MAX;
const VARS = 5;
const INJUSTICE = 2;
const route = routeOf;

/** Per anger band (gating, LIM): the injustice a delta was computed for, and the delta. */
interface DeltaSlot {
  injustice: number;
  delta: Int32Array;
}

export class StepTables {
  readonly fast: FastScenario;
  /** Interned previous-code sets (reduced to the codes some move at the node uses). */
  readonly prevSets: string[][] = [];
  /** Interned raw point vectors. */
  readonly raws: DimVector[] = [];

  private readonly prevIds = new Map<string, number>();
  private readonly rawIds = new Map<number, number>();
  private readonly childPrev = new Map<number, number>();
  private readonly deltas: (DeltaSlot | undefined)[][] = [];

  constructor(lookup: ScenarioLookup) {
    this.fast = fastScenario(lookup);
  }

  /** Id of the previous-code set as it matters at `node`. */
  prevIdFor(node: number, codes: readonly string[]): number {
    const at = this.fast.codesAt[node]!;
    const key = [...new Set(codes)].filter((c) => at.has(c)).sort().join(',');
    let id = this.prevIds.get(key);
    if (id === undefined) {
      id = this.prevSets.length;
      this.prevIds.set(key, id);
      this.prevSets.push(key === '' ? [] : key.split(','));
    }
    return id;
  }

  /** Id of an existing previous-code set, or undefined. */
  knownPrevId(node: number, codes: readonly string[]): number | undefined {
    const at = this.fast.codesAt[node]!;
    return this.prevIds.get([...new Set(codes)].filter((c) => at.has(c)).sort().join(','));
  }

  /** Previous-code id at `target` after `move`. */
  childPrevId(move: FastMove, target: number): number {
    const key = move.global * this.fast.nodeIds.length + target;
    let id = this.childPrev.get(key);
    if (id === undefined) {
      id = this.prevIdFor(target, move.move.codes);
      this.childPrev.set(key, id);
    }
    return id;
  }

  /** Raw points depend only on the move, which of its codes repeat, and whether a limit is warranted. */
  rawId(move: FastMove, prev: number, before: ArrayLike<number>): number {
    const lim = before[0]! >= LIM_ANGER ? 1 : 0;
    const key = (prev * this.fast.moveCount + move.global) * 2 + lim;
    let id = this.rawIds.get(key);
    if (id === undefined) {
      id = this.raws.length;
      this.raws.push(turnRaw(move.move.codes, toPatientState(before), this.prevSets[prev]!));
      this.rawIds.set(key, id);
    }
    return id;
  }

  /**
   * applyTurn on unpacked values: writes the post-turn state of `move` into
   * `after` and returns where it leads.
   */
  step(move: FastMove, prev: number, before: ArrayLike<number>, after: number[] | Int32Array): TargetRef {
    const anger = before[0]!;
    const band = (anger >= GATING ? 1 : 0) + (anger >= LIM_ANGER ? 2 : 0);
    const injustice = before[INJUSTICE]!;
    const row = (this.deltas[prev * this.fast.moveCount + move.global] ??= []);
    let slot = row[band];
    if (slot === undefined || slot.injustice !== injustice) {
      slot = { injustice, delta: this.deltaFor(move, prev, before) };
      row[band] = slot;
    }
    const delta = slot.delta;
    for (let v = 0; v < VARS; v++) {
      const x = before[v]! + delta[v]!;
      after[v] = x < MIN ? MIN : x > MAX ? MAX : x;
    }
    return route(move, after);
  }

  private deltaFor(move: FastMove, prev: number, before: ArrayLike<number>): Int32Array {
    const delta = new Int32Array(VARS);
    stepDelta(before, move, this.prevSets[prev]!, delta);
    return delta;
  }
}

const cache = new WeakMap<ScenarioLookup, StepTables>();

/** The scenario's shared tables (ids stay valid for every search over it). */
export function stepTables(lookup: ScenarioLookup): StepTables {
  let tables = cache.get(lookup);
  if (!tables) {
    tables = new StepTables(lookup);
    cache.set(lookup, tables);
  }
  return tables;
}
