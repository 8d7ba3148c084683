/**
 * A scenario compiled into flat tables for the exact search, which visits up
 * to a million conversation states: patient state packed into one number,
 * moves with pre-resolved codes, targets and route conditions. `step` must
 * reproduce patient-model.ts's applyTurn exactly (same operations, same
 * order); fast-scenario.test.ts checks the two against each other.
 */
import { PATIENT_STATE_VARIABLES, type PatientState, type StateEffects } from '../format/scenario.types';
import {
  GATED_CODES,
  GATING_ANGER_THRESHOLD,
  GATING_FACTOR,
  INJUSTICE_BENEFIT_CODES,
  INJUSTICE_DIVISOR,
  INJUSTICE_HARM_CODES,
  LIM_CODE,
  LIM_HELPFUL_ANGER,
  LIM_HELPFUL_EFFECT,
  REPEAT_FACTOR,
} from './model-parameters';
import { clampState, roundHalfAway } from './patient-model';
import { codeById } from './rubric';
import type { Move, ScenarioLookup } from './scenario-moves';
import type { BehaviourCode } from './scoring.types';

const BASE = 101;
const VARS = PATIENT_STATE_VARIABLES.length;
const ANGER = 0;
const INJUSTICE = 2;

export const packState = (s: PatientState): number =>
  PATIENT_STATE_VARIABLES.reduce((acc, v) => acc * BASE + s[v], 0);

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

/** Effects as a flat list [variable index, points, variable index, points, …], in the object's key order. */
type Entries = number[];
const entriesOf = (e: StateEffects): Entries =>
  Object.entries(e)
    .filter(([k, v]) => (PATIENT_STATE_VARIABLES as readonly string[]).includes(k) && typeof v === 'number')
    .flatMap(([k, v]) => [(PATIENT_STATE_VARIABLES as readonly string[]).indexOf(k), v as number]);

interface FastCode {
  code: BehaviourCode;
  effect: Entries;
  gated: boolean;
  amplified: boolean;
  lim: boolean;
}

/** Target reference: >= 0 a node index, < 0 the ending -1 - index, null nowhere. */
export type TargetRef = number | null;

export interface FastMove {
  move: Move;
  /** Index among all moves of the scenario. */
  global: number;
  codes: FastCode[];
  override: Entries;
  next: TargetRef | undefined;
  routes: { when: [number, number, number][]; target: TargetRef }[];
  /** `routes` flattened for routeOf: conditions as [variable, atLeast, atMost] triples, route r's ending at condEnd[r]. */
  conds: number[];
  condEnd: number[];
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

const fastCode = (code: BehaviourCode): FastCode => ({
  code,
  effect: entriesOf(code.effect),
  gated: GATED_CODES.includes(code.id),
  amplified: INJUSTICE_BENEFIT_CODES.includes(code.id) || INJUSTICE_HARM_CODES.includes(code.id),
  lim: code.id === LIM_CODE,
});
const LIM_EFFECT = entriesOf(LIM_HELPFUL_EFFECT);

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
    lookup.movesAt(id).map((move): FastMove => {
      const routes = (move.routes ?? []).map((r) => ({
        when: Object.entries(r.when ?? {}).map(([k, range]): [number, number, number] => [
          (PATIENT_STATE_VARIABLES as readonly string[]).indexOf(k),
          range?.atLeast ?? -Infinity,
          range?.atMost ?? Infinity,
        ]),
        target: ref(r.next),
      }));
      const conds: number[] = [];
      const condEnd: number[] = [];
      for (const route of routes) {
        // A condition on an unknown variable never fails (as in routeOf before flattening): leave it out.
        for (const [v, lo, hi] of route.when) if (v >= 0) conds.push(v, lo, hi);
        condEnd.push(conds.length);
      }
      return {
        move,
        global: global++,
        codes: [...new Set(move.codes)].map((c) => codeById(c)).filter((c): c is BehaviourCode => !!c).map(fastCode),
        override: entriesOf(move.effects ?? {}),
        next: move.next === undefined ? undefined : ref(move.next),
        routes,
        conds,
        condEnd,
        targets: routes.map((r) => r.target),
      };
    }),
  );
  const codesAt = moves.map((list) => new Set(list.flatMap((m) => m.move.codes)));
  const fast: FastScenario = { lookup, nodeIds, nodeIndex, endingIndex, moves, moveCount: global, codesAt };
  cache.set(lookup, fast);
  return fast;
}

const sums = new Float64Array(VARS);
// Module-local copies: an imported binding read in a hot loop costs a getter call under CommonJS interop (tsx, vitest).
const GATING_ANGER = GATING_ANGER_THRESHOLD;
const GATING = GATING_FACTOR;
const REPEAT = REPEAT_FACTOR;
const LIM_ANGER = LIM_HELPFUL_ANGER;
const DIVISOR = INJUSTICE_DIVISOR;
const round = roundHalfAway;
const clamp = clampState;

/**
 * The rounded change one move makes to each variable (before clamping): the
 * codes' summed effects with gating, repetition, the LIM switch and the
 * injustice amplifier, then the choice's overrides. Writes into `delta`.
 */
export function stepDelta(state: ArrayLike<number>, move: FastMove, prev: readonly string[], delta: number[] | Int32Array): void {
  sums.fill(0);
  const anger = state[ANGER]!;
  for (const c of move.codes) {
    let strength = 1;
    if (anger >= GATING_ANGER && c.gated) strength *= GATING;
    if (prev.includes(c.code.id)) strength *= REPEAT;
    const effect = c.lim && anger >= LIM_ANGER ? LIM_EFFECT : c.effect;
    const factor = c.amplified ? 1 + state[INJUSTICE]! / DIVISOR : 1;
    for (let i = 0; i < effect.length; i += 2) sums[effect[i]!] = sums[effect[i]!]! + effect[i + 1]! * factor * strength;
  }
  const override = move.override;
  for (let i = 0; i < override.length; i += 2) sums[override[i]!] = override[i + 1]!;
  for (let v = 0; v < VARS; v++) delta[v] = round(sums[v]!);
}

const deltaScratch: number[] = new Array<number>(VARS).fill(0);

/** applyTurn on unpacked values: writes the new state into `after`. */
export function stepState(state: readonly number[], move: FastMove, prev: readonly string[], after: number[]): void {
  stepDelta(state, move, prev, deltaScratch);
  for (let v = 0; v < VARS; v++) after[v] = clamp(state[v]! + deltaScratch[v]!);
}

/** Where a move leads from the post-turn state: the first route whose conditions all hold. */
export function routeOf(move: FastMove, after: ArrayLike<number>): TargetRef {
  if (move.next !== undefined) return move.next;
  const { conds, condEnd, targets } = move;
  let i = 0;
  for (let r = 0; r < condEnd.length; r++) {
    const end = condEnd[r]!;
    let holds = true;
    for (; i < end; i += 3) {
      const x = after[conds[i]!]!;
      if (x < conds[i + 1]! || x > conds[i + 2]!) {
        holds = false;
        i = end;
        break;
      }
    }
    if (holds) return targets[r]!;
  }
  return null;
}
