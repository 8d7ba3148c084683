/**
 * Interning shared by the exact search and the decision review. Previous-code
 * sets and per-turn raw point vectors become small integer ids, so a state and
 * an edge are a few integers. Stepping and routing call the patient model
 * (through fast-scenario.ts); nothing here re-implements a rule. One instance
 * per scenario (cached).
 */
import { fastScenario, routeOf, stepState, type FastMove, type FastScenario, type TargetRef } from './fast-scenario';
import type { ScenarioLookup } from './scenario-moves';
import { LIM_HELPFUL_ANGER as LIM_ANGER } from '../model/parameters';
import { communicationPoints } from '../model/turn-points';
import type { DimVector } from './turn-score';

const ANGER = 0;
const TRUST = 1;
const GOAL = 3;
const TASK = 4;
/** Per-variable deltas lie in -100..100; communication points are multiples of 0.5 well inside ±500. */
const SPAN = 201;
const COMM_SPAN = 2001;

export class StepTables {
  readonly fast: FastScenario;
  /** Interned previous-code sets (reduced to the codes some move at the node uses). */
  readonly prevSets: string[][] = [];
  /** Interned raw point vectors. */
  readonly raws: DimVector[] = [];

  private readonly prevIds = new Map<string, number>();
  private readonly rawIds = new Map<number, number>();
  private readonly childPrev = new Map<number, number>();
  private readonly comm = new Map<number, number>();

  constructor(lookup: ScenarioLookup) {
    this.fast = fastScenario(lookup);
  }

  /** Id of the previous-code set as it matters at `node`. */
  prevIdFor(node: number, codes: readonly string[]): number {
    const at = this.fast.codesAt[node]!;
    const key = [...new Set(codes)]
      .filter((c) => at.has(c))
      .sort()
      .join(',');
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
    return this.prevIds.get(
      [...new Set(codes)]
        .filter((c) => at.has(c))
        .sort()
        .join(','),
    );
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

  /** Raw points (model/turn-points.ts) of a step from `before` to `after`, interned. */
  rawId(move: FastMove, prev: number, before: ArrayLike<number>, after: ArrayLike<number>): number {
    const comm = this.commPoints(move, prev, before[ANGER]!);
    const dAnger = before[ANGER]! - after[ANGER]!;
    const dTrust = after[TRUST]! - before[TRUST]!;
    const dGoal = after[GOAL]! - before[GOAL]!;
    const dTask = after[TASK]! - before[TASK]!;
    const key =
      (((dAnger + 100) * SPAN + dTrust + 100) * SPAN + dGoal + 100) * SPAN * COMM_SPAN + (dTask + 100) * COMM_SPAN + (comm * 2 + 1000);
    let id = this.rawIds.get(key);
    if (id === undefined) {
      id = this.raws.length;
      this.raws.push({ goals: dGoal, tasks: dTask, bond: dAnger, trust: dTrust, communication: comm });
      this.rawIds.set(key, id);
    }
    return id;
  }

  /** Communication points depend only on the move, which of its codes repeat, and whether a limit is warranted. */
  private commPoints(move: FastMove, prev: number, anger: number): number {
    const key = (prev * this.fast.moveCount + move.global) * 2 + (anger >= LIM_ANGER ? 1 : 0);
    let points = this.comm.get(key);
    if (points === undefined) {
      points = communicationPoints(move.move.codes, anger, this.prevSets[prev]);
      this.comm.set(key, points);
    }
    return points;
  }

  /** The patient model's step: writes the post-turn state of `move` into `after` and returns where it leads. */
  step(move: FastMove, prev: number, before: ArrayLike<number>, after: number[] | Int32Array): TargetRef {
    stepState(before as readonly number[], move, this.prevSets[prev]!, after);
    return routeOf(move, after);
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
