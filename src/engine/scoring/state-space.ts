/**
 * The reachable conversation states of a scenario: (node, patient state,
 * previous turn's codes). Routing and gating depend on patient state, so two
 * visits to one node are different states when the patient differs. Only the
 * previous codes that some move at the node uses are kept, since only those
 * can repeat; that merges states without changing any result.
 *
 * Expanded depth-first once into flat typed arrays (post-order, so every
 * child is finished before its parent). A move back into a state still on the
 * current path (a loop that returns the patient exactly where they were) is
 * dropped, which keeps the graph acyclic and is reported as `cyclic`.
 *
 * The depth-first walk keeps its own stack (one frame per turn, patient
 * values in one Int32Array) instead of recursing, and steps through the
 * scenario's memoised turn tables (step-tables.ts): the shipped scenarios
 * need up to 700k states, so per-state cost is what matters.
 */
import type { PatientState } from '../format/scenario.types';
import { MAX_ROUTE_TURNS } from '../model/parameters';
import { packState, unpackState, type FastScenario } from './fast-scenario';
import type { ScenarioLookup } from './scenario-moves';
import { StateIndex } from './state-index';
import { stepTables, type StepTables } from './step-tables';
import type { DimVector } from './turn-score';

const VARS = 5;
const MAX_DEPTH = MAX_ROUTE_TURNS;

/** Low key: anger, trust, goal and task agreement (101^4 < 2^31). */
export const keyLo = (v: ArrayLike<number>, o = 0): number => ((v[o]! * 101 + v[o + 1]!) * 101 + v[o + 3]!) * 101 + v[o + 4]!;

/** High key: node, previous codes and injustice; must stay a 31-bit integer (else the search is too large). */
export function keyHi(nodeCount: number, node: number, prev: number, injustice: number): number {
  const hi = (prev * nodeCount + node) * 101 + injustice;
  if (hi > 0x7fffffff) throw new BudgetExceeded();
  return hi;
}

export class BudgetExceeded extends Error {
  constructor() {
    super('analysis budget exceeded');
  }
}

export interface SpaceBudget {
  maxStates: number;
}

/** Doubles a typed array's capacity until it holds `needed` items. */
function ensure<T extends Int32Array | Uint8Array>(array: T, needed: number, make: (n: number) => T): T {
  if (needed <= array.length) return array;
  let size = array.length * 2;
  while (size < needed) size *= 2;
  const out = make(size);
  out.set(array);
  return out;
}
const i32 = (n: number) => new Int32Array(n);
const u8 = (n: number) => new Uint8Array(n);

export class StateSpace {
  readonly fast: FastScenario;
  readonly tables: StepTables;
  /** Per state: its node's index. */
  node = new Int32Array(0);
  /** Per state: its edges are edgeStart[s] .. edgeStart[s] + edgeCount[s] - 1. */
  edgeStart = new Int32Array(0);
  edgeCount = new Int32Array(0);
  /** Per edge: child state (>= 0) or ending (-1 - index); move index at the node; raw id. */
  edgeChild = new Int32Array(0);
  edgeMove = new Int32Array(0);
  edgeRaw = new Int32Array(0);
  /** States in the order they finished: children before parents. */
  order = new Int32Array(0);
  cyclic = false;

  private readonly index = new StateIndex();
  private count = 0;
  private edges = 0;
  private finished = 0;
  // Growable storage behind the public views above.
  private nodeBuf = i32(1024);
  private startBuf = i32(1024);
  private countBuf = i32(1024);
  private orderBuf = i32(1024);
  private onPath = u8(1024);
  private childBuf = i32(4096);
  private moveBuf = i32(4096);
  private rawBuf = i32(4096);
  // The walk's stack: one frame per depth.
  private readonly values = new Int32Array((MAX_DEPTH + 2) * VARS);
  private readonly views: Int32Array[] = [];
  private readonly fState = i32(MAX_DEPTH + 1);
  private readonly fNode = i32(MAX_DEPTH + 1);
  private readonly fPrev = i32(MAX_DEPTH + 1);
  private readonly fMove = i32(MAX_DEPTH + 1);
  private readonly fCount = i32(MAX_DEPTH + 1);
  /** The edge a frame is waiting to fill once its child finishes: slot, move, raw id. */
  private readonly fSlot = i32(MAX_DEPTH + 1);
  private readonly fPendMove = i32(MAX_DEPTH + 1);
  private readonly fPendRaw = i32(MAX_DEPTH + 1);

  constructor(
    lookup: ScenarioLookup,
    private readonly budget: SpaceBudget,
  ) {
    this.tables = stepTables(lookup);
    this.fast = this.tables.fast;
    for (let d = 0; d <= MAX_DEPTH + 1; d++) this.views.push(this.values.subarray(d * VARS, (d + 1) * VARS));
  }

  /** Interned raw point vectors (indexed by edgeRaw). */
  get raws(): DimVector[] {
    return this.tables.raws;
  }

  /** Interned previous-code sets. */
  get prevSets(): string[][] {
    return this.tables.prevSets;
  }

  get size(): number {
    return this.count;
  }

  /** Index of the state, expanding everything reachable from it. Throws BudgetExceeded. */
  root(nodeId: string, patient: PatientState, previousCodes: readonly string[]): number {
    const node = this.fast.nodeIndex.get(nodeId);
    if (node === undefined) throw new Error(`Unknown node "${nodeId}"`);
    const prev = this.tables.prevIdFor(node, previousCodes);
    this.views[0]!.set(unpackState(packState(patient)));
    const known = this.lookupState(node, prev, this.views[0]!);
    if (known !== undefined) return known;
    const s = this.expand(node, prev);
    this.publish();
    return s;
  }

  /** Index of an already expanded state, or undefined. */
  find(nodeId: string, patient: PatientState, previousCodes: readonly string[]): number | undefined {
    const node = this.fast.nodeIndex.get(nodeId);
    if (node === undefined) return undefined;
    const prev = this.tables.knownPrevId(node, previousCodes);
    return prev === undefined ? undefined : this.lookupState(node, prev, unpackState(packState(patient)));
  }

  private lookupState(node: number, prev: number, values: ArrayLike<number>): number | undefined {
    return this.index.get(keyHi(this.fast.nodeIds.length, node, prev, values[2]!), keyLo(values));
  }

  /** Depth-first expansion from a new state whose values are in views[0]. */
  private expand(rootNode: number, rootPrev: number): number {
    const { moves } = this.fast;
    const tables = this.tables;
    const views = this.views;
    this.open(rootNode, rootPrev, 0);
    let d = 0;
    for (;;) {
      const s = this.fState[d]!;
      const node = this.fNode[d]!;
      const atNode = moves[node]!;
      const m = this.fMove[d]!;
      if (m < atNode.length) {
        this.fMove[d] = m + 1;
        const move = atNode[m]!;
        const prev = this.fPrev[d]!;
        const before = views[d]!;
        const after = views[d + 1]!;
        const target = tables.step(move, prev, before, after);
        if (target === null) continue;
        const raw = tables.rawId(move, prev, before, after);
        const slot = this.startBuf[s]! + this.fCount[d]!;
        if (target < 0) {
          this.fCount[d]!++;
          this.setEdge(slot, target, m, raw);
          continue;
        }
        const childPrev = tables.childPrevId(move, target);
        const existing = this.lookupState(target, childPrev, after);
        if (existing !== undefined) {
          if (this.onPath[existing]) {
            this.cyclic = true;
            continue;
          }
          this.fCount[d]!++;
          this.setEdge(slot, existing, m, raw);
          continue;
        }
        this.fCount[d]!++;
        this.fSlot[d] = slot;
        this.fPendMove[d] = m;
        this.fPendRaw[d] = raw;
        d++;
        this.open(target, childPrev, d);
        continue;
      }
      // Every move tried: the state is finished.
      this.onPath[s] = 0;
      this.countBuf[s] = this.fCount[d]!;
      this.orderBuf = ensure(this.orderBuf, this.finished + 1, i32);
      this.orderBuf[this.finished++] = s;
      if (d === 0) return s;
      d--;
      this.setEdge(this.fSlot[d]!, s, this.fPendMove[d]!, this.fPendRaw[d]!);
    }
  }

  /** Registers a new state (values in views[depth]) and pushes its frame. */
  private open(node: number, prev: number, depth: number): void {
    // Deeper than any authored conversation, or too many states: too large for the exact search.
    if (depth >= MAX_DEPTH || this.count >= this.budget.maxStates) throw new BudgetExceeded();
    const values = this.views[depth]!;
    const hi = keyHi(this.fast.nodeIds.length, node, prev, values[2]!);
    const s = this.count++;
    if (s >= this.nodeBuf.length) {
      this.nodeBuf = ensure(this.nodeBuf, s + 1, i32);
      this.startBuf = ensure(this.startBuf, s + 1, i32);
      this.countBuf = ensure(this.countBuf, s + 1, i32);
      this.onPath = ensure(this.onPath, s + 1, u8);
    }
    const moveCount = this.fast.moves[node]!.length;
    this.nodeBuf[s] = node;
    this.startBuf[s] = this.edges;
    this.edges += moveCount;
    if (this.edges > this.childBuf.length) {
      this.childBuf = ensure(this.childBuf, this.edges, i32);
      this.moveBuf = ensure(this.moveBuf, this.edges, i32);
      this.rawBuf = ensure(this.rawBuf, this.edges, i32);
    }
    this.index.set(hi, keyLo(values), s);
    this.onPath[s] = 1;
    this.fState[depth] = s;
    this.fNode[depth] = node;
    this.fPrev[depth] = prev;
    this.fMove[depth] = 0;
    this.fCount[depth] = 0;
  }

  private setEdge(e: number, child: number, move: number, raw: number): void {
    this.childBuf[e] = child;
    this.moveBuf[e] = move;
    this.rawBuf[e] = raw;
  }

  /** Points the public arrays at the filled part of the buffers. */
  private publish(): void {
    this.node = this.nodeBuf.subarray(0, this.count);
    this.edgeStart = this.startBuf.subarray(0, this.count);
    this.edgeCount = this.countBuf.subarray(0, this.count);
    this.edgeChild = this.childBuf.subarray(0, this.edges);
    this.edgeMove = this.moveBuf.subarray(0, this.edges);
    this.edgeRaw = this.rawBuf.subarray(0, this.edges);
    this.order = this.orderBuf.subarray(0, this.finished);
  }
}
