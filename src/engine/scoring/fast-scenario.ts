/**
 * A scenario compiled into flat tables for the exact search, which visits up
 * to a million conversation states: patient state packed into one number,
 * moves with their turns compiled by the patient model (model/patient-step.ts)
 * and their routes by the routing rule (model/route.ts). Nothing here
 * re-implements a rule: stepping and routing call the model.
 */
import { PATIENT_STATE_VARIABLES, type PatientState } from '../format/scenario.types';
import { compileTurn, stepValues, type CompiledTurn } from '../model/patient-step';
import { compileRoutes, compiledRouteIndex, type CompiledRoutes } from '../model/route';
import type { Move, ScenarioLookup } from './scenario-moves';

const BASE = 101;
const VARS = PATIENT_STATE_VARIABLES.length;

export const packState = (s: PatientState): number => PATIENT_STATE_VARIABLES.reduce((acc, v) => acc * BASE + s[v], 0);

export const packValues = (values: readonly number[]): number => values.reduce((acc, v) => acc * BASE + v, 0);

export function unpackState(packed: number, out: number[] = new Array<number>(VARS)): number[] {
  let p = packed;
  for (let v = VARS - 1; v >= 0; v--) {
    out[v] = p % BASE;
    p = (p - out[v]!) / BASE;
  }
  return out;
}

export function toPatientState(values: ArrayLike<number>): PatientState {
  const s = {} as PatientState;
  PATIENT_STATE_VARIABLES.forEach((v, i) => (s[v] = values[i]!));
  return s;
}

/** Target reference: >= 0 a node index, < 0 the ending -1 - index, null nowhere. */
export type TargetRef = number | null;

export interface FastMove {
  move: Move;
  /** Index among all moves of the scenario. */
  global: number;
  turn: CompiledTurn;
  next: TargetRef | undefined;
  routes: CompiledRoutes;
  targets: TargetRef[];
}

export interface FastScenario {
  lookup: ScenarioLookup;
  nodeIds: string[];
  nodeIndex: Map<string, number>;
  endingIndex: Map<string, number>;
  moves: FastMove[][];
  moveCount: number;
  /** Codes used by some move at each node: only these matter as "previous codes" there. */
  codesAt: Set<string>[];
}

const cache = new WeakMap<ScenarioLookup, FastScenario>();

export function fastScenario(lookup: ScenarioLookup): FastScenario {
  const hit = cache.get(lookup);
  if (hit) return hit;
  const nodeIds = lookup.scenario.nodes.map((n) => n.id);
  const nodeIndex = new Map(nodeIds.map((id, i) => [id, i]));
  const endingIndex = new Map(lookup.scenario.endings.map((e, i) => [e.id, i]));
  const ref = (id: string): TargetRef => nodeIndex.get(id) ?? (endingIndex.has(id) ? -1 - endingIndex.get(id)! : null);
  let global = 0;
  const moves = nodeIds.map((id) =>
    lookup.movesAt(id).map(
      (move): FastMove => ({
        move,
        global: global++,
        turn: compileTurn(move.codes, move.effects),
        next: move.next === undefined ? undefined : ref(move.next),
        routes: compileRoutes(move.routes ?? []),
        targets: (move.routes ?? []).map((r) => ref(r.next)),
      }),
    ),
  );
  const codesAt = moves.map((list) => new Set(list.flatMap((m) => m.move.codes)));
  const fast: FastScenario = { lookup, nodeIds, nodeIndex, endingIndex, moves, moveCount: global, codesAt };
  cache.set(lookup, fast);
  return fast;
}

/** The patient model's step on unpacked values: writes the new state into `after`. */
export function stepState(state: readonly number[], move: FastMove, prev: readonly string[], after: number[] | Int32Array): void {
  stepValues(state, move.turn, prev, after);
}

/** Where a move leads from the post-turn state: the routing rule on values. */
export function routeOf(move: FastMove, after: ArrayLike<number>): TargetRef {
  if (move.next !== undefined) return move.next;
  const r = compiledRouteIndex(move.routes, after);
  return r >= 0 ? move.targets[r]! : null;
}
