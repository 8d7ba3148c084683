/**
 * The patient model: how one turn's behaviour codes move patient state.
 * Rules (numbers in model-parameters.ts; design parameters, not findings):
 *  1. Each code has a default effect (seeds/rubric.json). LIM's depends on anger:
 *     it calms only a patient at anger >= 70 and otherwise mildly provokes.
 *  2. Injustice scales VAL/INJ benefits and DIS/REAS/DEF harms by (1 + injustice/100).
 *  3. Gating ("connect before you direct"): while anger >= 60, GOAL/BARR/SEEK/AUT/PWP act at half strength.
 *  4. A code also used in the previous turn acts at half strength (diminishing returns).
 *  5. The codes' effects are summed per variable; a choice's `effects` replaces that
 *     sum for each variable it names, literally (the author has said what happens).
 *  6. Each variable's change is rounded once, half away from zero, then the result is
 *     clamped to 0..100. `delta` is the change actually applied (non-zero entries only).
 * All thresholds read the state BEFORE the turn.
 */
import {
  PATIENT_STATE_VARIABLES,
  type PatientState,
  type StateEffects,
} from '../format/scenario.types';
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
  STATE_MAX,
  STATE_MIN,
} from './model-parameters';
import { RUBRIC_EFFECTS } from './rubric-effects';
import type { BehaviourCode } from './scoring.types';

/** What the patient model reads of a behaviour code. */
export type CodeEffect = Pick<BehaviourCode, 'id' | 'effect'>;

/** The shipped rubric's code, as far as the patient model needs it. */
function shippedCode(id: string): CodeEffect | undefined {
  const effect = RUBRIC_EFFECTS[id];
  return effect ? { id, effect } : undefined;
}

export interface TurnOptions {
  /** The choice's per-variable override of the codes' summed effect. */
  effects?: StateEffects;
  /** Codes of the previous turn, for diminishing returns. */
  previousCodes?: readonly string[];
  /** Code lookup; defaults to the shipped rubric (tests pass their own). */
  lookup?: (id: string) => CodeEffect | undefined;
}

export interface TurnResult {
  state: PatientState;
  delta: StateEffects;
}

/** Rounds half away from zero, so +2.5 and -2.5 move the same distance. */
export function roundHalfAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

export function clampState(value: number): number {
  return Math.min(STATE_MAX, Math.max(STATE_MIN, roundHalfAway(value)));
}

/** Whether LIM is warranted now (the patient is escalated enough). */
export function limitWarranted(state: PatientState): boolean {
  return state.anger >= LIM_HELPFUL_ANGER;
}

/** Gating × repetition: the strength (0.25–1) at which a code acts this turn. */
export function codeStrength(id: string, state: PatientState, previousCodes: readonly string[] = []): number {
  let strength = 1;
  if (state.anger >= GATING_ANGER_THRESHOLD && GATED_CODES.includes(id)) strength *= GATING_FACTOR;
  if (previousCodes.includes(id)) strength *= REPEAT_FACTOR;
  return strength;
}

/** A code's effect before gating and repetition: default, LIM switch, injustice amplifier. */
export function baseEffect(code: CodeEffect, state: PatientState): StateEffects {
  const effect = code.id === LIM_CODE && limitWarranted(state) ? LIM_HELPFUL_EFFECT : code.effect;
  const amplified = INJUSTICE_BENEFIT_CODES.includes(code.id) || INJUSTICE_HARM_CODES.includes(code.id);
  const factor = amplified ? 1 + state.injustice / INJUSTICE_DIVISOR : 1;
  const out: StateEffects = {};
  for (const [key, value] of Object.entries(effect) as [keyof StateEffects, number][]) out[key] = value * factor;
  return out;
}

/** Distinct known codes, in first-seen order. */
function distinct(codes: readonly string[]): string[] {
  return [...new Set(codes)];
}

/** Applies one turn's codes to the patient. Pure; unknown codes have no effect. */
export function applyTurn(state: PatientState, codes: readonly string[], options: TurnOptions = {}): TurnResult {
  const lookup = options.lookup ?? shippedCode;
  const previous = options.previousCodes ?? [];
  const sums: Record<string, number> = {};
  for (const id of distinct(codes)) {
    const code = lookup(id);
    if (!code) continue;
    const strength = codeStrength(id, state, previous);
    for (const [key, value] of Object.entries(baseEffect(code, state))) sums[key] = (sums[key] ?? 0) + value * strength;
  }
  for (const [key, value] of Object.entries(options.effects ?? {})) if (typeof value === 'number') sums[key] = value;

  const next = { ...state };
  const delta: StateEffects = {};
  for (const variable of PATIENT_STATE_VARIABLES) {
    const before = clampState(state[variable]);
    const after = clampState(before + roundHalfAway(sums[variable] ?? 0));
    next[variable] = after;
    if (after !== before) delta[variable] = after - before;
  }
  return { state: next, delta };
}
