/**
 * The one step function of the patient model: how one turn's behaviour codes
 * move the patient's state. The runtime machine, the analysis, the decision
 * review and the debrief all step through here (the analysis through the
 * compiled form, which is the same arithmetic on arrays).
 *
 *  1. Push. Each distinct code pushes each variable by its rubric effect; a
 *     limit (LIM) pushes differently once anger is high enough. Gating (goal and
 *     task codes while anger is high) and repetition (a code used in the turn
 *     before) weaken a code's push. A choice's `effects:` replaces the summed
 *     push of each variable it names.
 *  2. Settle. Damage lands in full: anger rises and trust, goal and task
 *     agreement fall by the whole push. Repair is slowed: trust gains are scaled
 *     by the patient's resistance (perceived injustice) and by the share of the
 *     trust ceiling (which injustice lowers) still to climb; agreement gains by the
 *     room left under 100; anger relief by resistance and by how much anger is
 *     left. So trust is lost faster than it is rebuilt, and no meter is pinned.
 *  3. Round each change half away from zero, then clamp to 0..100.
 * Thresholds read the state BEFORE the turn. Numbers: parameters.ts.
 */
import { PATIENT_STATE_VARIABLES, type PatientState, type StateEffects } from '../format/scenario.types';
import {
  CEILING_DROP_PER_INJUSTICE,
  GATED_CODES,
  GATING_ANGER_THRESHOLD,
  GATING_FACTOR,
  LIM_CODE,
  LIM_HELPFUL_ANGER,
  LIM_HELPFUL_EFFECT,
  REPEAT_FACTOR,
  RESISTANCE_PER_INJUSTICE,
  STATE_MAX,
  STATE_MIN,
} from './parameters';
import { RUBRIC_EFFECTS } from './rubric-effects';

const VARS = PATIENT_STATE_VARIABLES.length;
const ANGER = 0;
const TRUST = 1;
const INJUSTICE = 2;

/** What the step reads of a behaviour code. */
export interface CodeEffect {
  id: string;
  effect: StateEffects;
}
export type CodeLookup = (id: string) => CodeEffect | undefined;

/** The shipped rubric's effects. */
export const shippedEffect: CodeLookup = (id) => {
  const effect = RUBRIC_EFFECTS[id];
  return effect ? { id, effect } : undefined;
};

/** Effects as a flat list [variable index, points, …]. */
type Entries = number[];
const VARIABLE_INDEX = new Map<string, number>(PATIENT_STATE_VARIABLES.map((v, i) => [v, i]));
function entriesOf(effects: StateEffects | undefined): Entries {
  const out: Entries = [];
  for (const [key, value] of Object.entries(effects ?? {})) {
    const index = VARIABLE_INDEX.get(key);
    if (index !== undefined && typeof value === 'number') out.push(index, value);
  }
  return out;
}

interface CompiledCode {
  id: string;
  effect: Entries;
  gated: boolean;
  lim: boolean;
}

/** One response (or a time limit running out), ready to step many times. */
export interface CompiledTurn {
  codes: readonly CompiledCode[];
  override: Entries;
}

const LIM_EFFECT = entriesOf(LIM_HELPFUL_EFFECT);

/** Distinct known codes in first-seen order, with the choice's override. */
export function compileTurn(codes: readonly string[], effects: StateEffects | undefined, lookup: CodeLookup = shippedEffect): CompiledTurn {
  const compiled: CompiledCode[] = [];
  for (const id of new Set(codes)) {
    const code = lookup(id);
    if (code) compiled.push({ id, effect: entriesOf(code.effect), gated: GATED_CODES.includes(id), lim: id === LIM_CODE });
  }
  return { codes: compiled, override: entriesOf(effects) };
}

/** Rounds half away from zero, so +2.5 and -2.5 move the same distance. */
export function roundHalfAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

export function clampState(value: number): number {
  return Math.min(STATE_MAX, Math.max(STATE_MIN, roundHalfAway(value)));
}

/** Whether a limit is warranted now (the patient is escalated enough). */
export function limitWarranted(anger: number): boolean {
  return anger >= LIM_HELPFUL_ANGER;
}

/** Gating × repetition: the strength (0.25–1) at which a code acts this turn. */
export function codeStrength(id: string, anger: number, previousCodes: readonly string[]): number {
  let strength = 1;
  if (anger >= GATING_ANGER_THRESHOLD && GATED_CODES.includes(id)) strength *= GATING_FACTOR;
  if (previousCodes.includes(id)) strength *= REPEAT_FACTOR;
  return strength;
}

/** The patient's resistance to repair, 0.6–1: perceived injustice slows trust gains and anger relief. */
export const resistance = (injustice: number): number => 1 - (RESISTANCE_PER_INJUSTICE * injustice) / 100;
/** The most trust one conversation can reach with this patient. */
export const trustCeiling = (injustice: number): number => STATE_MAX - CEILING_DROP_PER_INJUSTICE * injustice;

const push = new Float64Array(VARS);

/** Step 1: the summed push on each variable, into the module's scratch array. */
function pushOf(before: ArrayLike<number>, turn: CompiledTurn, previousCodes: readonly string[]): Float64Array {
  push.fill(0);
  const anger = before[ANGER]!;
  for (const code of turn.codes) {
    let strength = 1;
    if (code.gated && anger >= GATING_ANGER_THRESHOLD) strength *= GATING_FACTOR;
    if (previousCodes.includes(code.id)) strength *= REPEAT_FACTOR;
    const effect = code.lim && limitWarranted(anger) ? LIM_EFFECT : code.effect;
    for (let i = 0; i < effect.length; i += 2) push[effect[i]!] = push[effect[i]!]! + effect[i + 1]! * strength;
  }
  const override = turn.override;
  for (let i = 0; i < override.length; i += 2) push[override[i]!] = override[i + 1]!;
  return push;
}

/** Step 2: how much of a push on one variable lands, given the state before the turn. */
function settled(variable: number, amount: number, before: ArrayLike<number>): number {
  if (variable === ANGER) return amount < 0 ? (amount * resistance(before[INJUSTICE]!) * before[ANGER]!) / 100 : amount;
  if (amount <= 0 || variable === INJUSTICE) return amount;
  if (variable === TRUST) {
    const ceiling = trustCeiling(before[INJUSTICE]!);
    return (amount * resistance(before[INJUSTICE]!) * Math.max(0, ceiling - before[TRUST]!)) / ceiling;
  }
  return (amount * (STATE_MAX - before[variable]!)) / 100;
}

/**
 * The turn on state values in PATIENT_STATE_VARIABLES order: writes the state
 * after the turn into `after` (which may not alias `before`).
 */
export function stepValues(
  before: ArrayLike<number>,
  turn: CompiledTurn,
  previousCodes: readonly string[],
  after: number[] | Int32Array,
): void {
  const amounts = pushOf(before, turn, previousCodes);
  for (let v = 0; v < VARS; v++) {
    const start = clampState(before[v]!);
    after[v] = clampState(start + roundHalfAway(settled(v, amounts[v]!, before)));
  }
}

export interface TurnOptions {
  /** The choice's per-variable override of the codes' summed push. */
  effects?: StateEffects;
  /** Codes of the previous turn, for diminishing returns. */
  previousCodes?: readonly string[];
  /** Code lookup; defaults to the shipped rubric (tests pass their own). */
  lookup?: CodeLookup;
}

export interface TurnResult {
  state: PatientState;
  delta: StateEffects;
}

const beforeScratch = new Array<number>(VARS).fill(0);
const afterScratch = new Array<number>(VARS).fill(0);

/** Applies one turn's codes to the patient. Pure; unknown codes have no effect. */
export function applyTurn(state: PatientState, codes: readonly string[], options: TurnOptions = {}): TurnResult {
  PATIENT_STATE_VARIABLES.forEach((v, i) => (beforeScratch[i] = state[v]));
  stepValues(beforeScratch, compileTurn(codes, options.effects, options.lookup), options.previousCodes ?? [], afterScratch);
  const next = { ...state };
  const delta: StateEffects = {};
  PATIENT_STATE_VARIABLES.forEach((v, i) => {
    next[v] = afterScratch[i]!;
    const change = afterScratch[i]! - clampState(state[v]);
    if (change !== 0) delta[v] = change;
  });
  return { state: next, delta };
}
