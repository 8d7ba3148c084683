/**
 * The reachable conversation states of a scenario: (node, patient state,
 * previous turn's codes). Routing and gating depend on patient state, so two
 * visits to one node are different states when the patient differs. Only the
 * previous codes that some move at the node uses are kept, since only those
 * can repeat; that merges states without changing any result.
 *
 * Expanded depth-first once into flat arrays (post-order, so every child is
 * finished before its parent). A move back into a state still on the current
 * path (a loop that returns the patient exactly where they were) is dropped,
 * which keeps the graph acyclic and is reported as `cyclic`.
 */
import type { PatientState } from '../format/scenario.types';
import { LIM_HELPFUL_ANGER, MAX_ROUTE_TURNS } from './model-parameters';
import {
  fastScenario,
  packState,
  packValues,
  routeOf,
  stepState,
  toPatientState,
  unpackState,
  type FastMove,
  type FastScenario,
} from './fast-scenario';
import type { ScenarioLookup } from './scenario-moves';
import { StateIndex } from './state-index';
import { turnRaw, type DimVector } from './turn-score';

/** Low key: anger, trust, goal and task agreement (101^4 < 2^31). */
const keyLo = (v: readonly number[]) => ((v[0]! * 101 + v[1]!) * 101 + v[3]!) * 101 + v[4]!;

export class BudgetExceeded extends Error {
  constructor() {
    super('analysis budget exceeded');
  }
}

export interface SpaceBudget {
  maxStates: number;
  /** Date.now() value after which expansion stops. */
  deadline: number;
}

/** Placeholder for an edge slot a dropped move leaves unused (never read: counts exclude it). */
const NO_EDGE = 0;

export class StateSpace {
  readonly fast: FastScenario;
  /** Per state: its node's index. */
  readonly node: number[] = [];
  /** Per state: its edges are edgeStart[s] .. edgeStart[s] + edgeCount[s] - 1. */
  readonly edgeStart: number[] = [];
  readonly edgeCount: number[] = [];
  /** Per edge: child state (>= 0) or ending (-1 - index); move index at the node; raw id. */
  readonly edgeChild: number[] = [];
  readonly edgeMove: number[] = [];
  readonly edgeRaw: number[] = [];
  /** States in the order they finished: children before parents. */
  readonly order: number[] = [];
  /** Interned raw point vectors and previous-code sets. */
  readonly raws: DimVector[] = [];
  readonly prevSets: string[][] = [];
  cyclic = false;

  private readonly index = new StateIndex();
  private readonly onPath: boolean[] = [];
  private readonly prevIds = new Map<string, number>();
  private readonly rawIds = new Map<number, number>();
  private readonly childPrev = new Map<number, number>();
  private readonly scratch: number[][] = [];

  constructor(
    lookup: ScenarioLookup,
    private readonly budget: SpaceBudget,
  ) {
    this.fast = fastScenario(lookup);
  }

  /** Index of the state, expanding everything reachable from it. Throws BudgetExceeded. */
  root(nodeId: string, patient: PatientState, previousCodes: readonly string[]): number {
    const node = this.fast.nodeIndex.get(nodeId);
    if (node === undefined) throw new Error(`Unknown node "${nodeId}"`);
    return this.visit(node, packState(patient), this.prevIdFor(node, previousCodes), 0);
  }

  /** Index of an already expanded state, or undefined. */
  find(nodeId: string, patient: PatientState, previousCodes: readonly string[]): number | undefined {
    const node = this.fast.nodeIndex.get(nodeId);
    if (node === undefined) return undefined;
    const prev = this.prevIds.get(this.reducePrev(node, previousCodes));
    return prev === undefined ? undefined : this.lookupState(node, prev, unpackState(packState(patient)));
  }

  get size(): number {
    return this.node.length;
  }

  private reducePrev(node: number, codes: readonly string[]): string {
    const at = this.fast.codesAt[node]!;
    return [...new Set(codes)].filter((c) => at.has(c)).sort().join(',');
  }

  private prevIdFor(node: number, codes: readonly string[]): number {
    const key = this.reducePrev(node, codes);
    let id = this.prevIds.get(key);
    if (id === undefined) {
      id = this.prevSets.length;
      this.prevIds.set(key, id);
      this.prevSets.push(key === '' ? [] : key.split(','));
    }
    return id;
  }

  private visit(node: number, packed: number, prev: number, depth: number): number {
    const values = unpackState(packed, (this.scratch[2 * depth] ??= []));
    const known = this.lookupState(node, prev, values);
    if (known !== undefined) return known;
    // Deeper than any authored conversation, or too many states: too large for the exact search.
    if (depth >= MAX_ROUTE_TURNS || this.node.length >= this.budget.maxStates) throw new BudgetExceeded();
    if ((this.node.length & 1023) === 0 && Date.now() > this.budget.deadline) throw new BudgetExceeded();
    const s = this.node.length;
    this.node.push(node);
    this.edgeStart.push(0);
    this.edgeCount.push(0);
    this.index.set(this.keyHi(node, prev, values), keyLo(values), s);
    this.onPath[s] = true;
    // Scratch arrays per depth: recursion only ever uses deeper ones.
    const before = values;
    const after = (this.scratch[2 * depth + 1] ??= []);
    const prevCodes = this.prevSets[prev]!;
    const moves = this.fast.moves[node]!;
    // Reserve this state's edge block first; children's blocks follow it.
    const start = this.edgeChild.length;
    this.edgeStart[s] = start;
    for (let m = 0; m < moves.length; m++) {
      this.edgeChild.push(NO_EDGE);
      this.edgeMove.push(m);
      this.edgeRaw.push(0);
    }
    let count = 0;
    for (let m = 0; m < moves.length; m++) {
      const move = moves[m]!;
      stepState(before, move, prevCodes, after);
      const target = routeOf(move, after);
      if (target === null) continue;
      let child = target;
      if (target >= 0) {
        const childPrev = this.childPrevId(move, target);
        const childPacked = packValues(after);
        const existing = this.lookupState(target, childPrev, after);
        if (existing !== undefined && this.onPath[existing]) {
          this.cyclic = true;
          continue;
        }
        const raw = this.rawId(move, prev, before);
        child = existing ?? this.visit(target, childPacked, childPrev, depth + 1);
        this.setEdge(start + count++, child, m, raw);
      } else this.setEdge(start + count++, child, m, this.rawId(move, prev, before));
    }
    this.onPath[s] = false;
    this.edgeCount[s] = count;
    this.order.push(s);
    return s;
  }

  /** High key: node, previous codes and injustice; must stay a 31-bit integer. */
  private keyHi(node: number, prev: number, values: readonly number[]): number {
    const hi = (prev * this.fast.nodeIds.length + node) * 101 + values[2]!;
    if (hi > 0x7fffffff) throw new BudgetExceeded();
    return hi;
  }

  private lookupState(node: number, prev: number, values: readonly number[]): number | undefined {
    return this.index.get(this.keyHi(node, prev, values), keyLo(values));
  }

  private setEdge(e: number, child: number, move: number, raw: number): void {
    this.edgeChild[e] = child;
    this.edgeMove[e] = move;
    this.edgeRaw[e] = raw;
  }

  private childPrevId(move: FastMove, target: number): number {
    const key = move.global * this.fast.nodeIds.length + target;
    let id = this.childPrev.get(key);
    if (id === undefined) {
      id = this.prevIdFor(target, move.move.codes);
      this.childPrev.set(key, id);
    }
    return id;
  }

  /** Raw points depend only on the move, which of its codes repeat, and whether a limit is warranted. */
  private rawId(move: FastMove, prev: number, before: number[]): number {
    const lim = before[0]! >= LIM_HELPFUL_ANGER ? 1 : 0;
    const key = (prev * this.fast.moveCount + move.global) * 2 + lim;
    let id = this.rawIds.get(key);
    if (id === undefined) {
      id = this.raws.length;
      this.raws.push(turnRaw(move.move.codes, toPatientState(before), this.prevSets[prev]!));
      this.rawIds.set(key, id);
    }
    return id;
  }
}
