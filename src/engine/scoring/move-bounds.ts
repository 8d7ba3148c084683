/**
 * The most and the least one move can add to each dimension's raw points,
 * whatever the patient's state: the bound the state-free searches (the decision
 * review's node bounds and the relaxed fallback) put on a turn. Gains can only
 * shrink as the model settles them (resistance and room left are at most 1),
 * damage can only shrink by clamping, and rounding moves a change by at most
 * half a point, so the bounds hold for every state.
 */
import { PATIENT_STATE_VARIABLES, type StateEffects } from '../format/scenario.types';
import { GATING_FACTOR, LIM_CODE, LIM_HELPFUL_EFFECT, LIM_MISPLACED_WEIGHT, REPEAT_FACTOR } from '../model/parameters';
import { shippedEffect } from '../model/patient-step';
import { codeById } from '../model/rubric';
import { zeroVector, type DimVector } from '../model/turn-points';
import { DIMENSIONS, type Dimension } from './scoring.types';

/** What a move's bound reads. */
export interface BoundedMove {
  codes: readonly string[];
  effects?: StateEffects | undefined;
}

/** Every strength a code may act at (gating × repetition). */
const STRENGTHS = [1, REPEAT_FACTOR, GATING_FACTOR, GATING_FACTOR * REPEAT_FACTOR];
const ROUNDING = 0.5;

/** The dimension a variable's change is scored in, and its sign there. */
const SCORED: Partial<Record<(typeof PATIENT_STATE_VARIABLES)[number], [Dimension, 1 | -1]>> = {
  anger: ['bond', -1],
  trust: ['trust', 1],
  goalAgreement: ['goals', 1],
  taskAgreement: ['tasks', 1],
};

/** The range of the summed push on each variable over every strength and LIM switch. */
function pushRange(move: BoundedMove): Record<string, [number, number]> {
  const range: Record<string, [number, number]> = {};
  for (const variable of PATIENT_STATE_VARIABLES) range[variable] = [0, 0];
  for (const id of new Set(move.codes)) {
    const base = shippedEffect(id)?.effect;
    if (!base) continue;
    const effects = id === LIM_CODE ? [base, LIM_HELPFUL_EFFECT] : [base];
    for (const variable of PATIENT_STATE_VARIABLES) {
      const values = effects.flatMap((e) => STRENGTHS.map((s) => (e[variable] ?? 0) * s));
      range[variable]![0] += Math.min(...values);
      range[variable]![1] += Math.max(...values);
    }
  }
  for (const [variable, value] of Object.entries(move.effects ?? {})) if (typeof value === 'number') range[variable] = [value, value];
  return range;
}

/** The communication points' range over repetition and the LIM switch. */
function communicationRange(move: BoundedMove): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const id of new Set(move.codes)) {
    const code = codeById(id);
    if (!code?.dimensions.includes('communication')) continue;
    const weights = id === LIM_CODE ? [code.weight, LIM_MISPLACED_WEIGHT] : [code.weight];
    const points = weights.flatMap((w) => (w > 0 ? [w, w * REPEAT_FACTOR] : [w]));
    lo += Math.min(...points);
    hi += Math.max(...points);
  }
  return [lo, hi];
}

/** Per dimension, the least and the most this move's turn can add. */
export function moveRawBounds(move: BoundedMove): { min: DimVector; max: DimVector } {
  const min = zeroVector();
  const max = zeroVector();
  const range = pushRange(move);
  for (const [variable, [dimension, sign]] of Object.entries<[Dimension, 1 | -1]>(SCORED)) {
    const [lo, hi] = range[variable]!;
    // A push's change lies between 0 and the push itself, give or take rounding.
    const changeLo = Math.min(0, lo) - (lo < 0 ? ROUNDING : 0);
    const changeHi = Math.max(0, hi) + (hi > 0 ? ROUNDING : 0);
    min[dimension] = sign > 0 ? changeLo : -changeHi;
    max[dimension] = sign > 0 ? changeHi : -changeLo;
  }
  [min.communication, max.communication] = communicationRange(move);
  return { min, max };
}

/** The most (sense 'max') or least ('min') a move can add to a linear objective with non-negative coefficients. */
export function moveObjectiveBound(coef: DimVector, move: BoundedMove, sense: 'max' | 'min'): number {
  const bounds = moveRawBounds(move);
  const v = sense === 'max' ? bounds.max : bounds.min;
  return DIMENSIONS.reduce((sum, d) => sum + coef[d] * v[d], 0);
}
