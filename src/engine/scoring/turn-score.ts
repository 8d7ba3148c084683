/**
 * Points per turn and the overall blend. Shared by scoreAttempt and the
 * analysis so a route scores the same whichever computes it.
 *
 *  raw[d]   = Σ over turns, Σ over the turn's distinct codes tagged d, of weight × r,
 *             where r = 0.5 for a building code also used in the previous turn
 *             (diminishing returns) and 1 otherwise. Penalties never diminish.
 *             LIM earns its rubric weight only when anger >= 70 before the turn.
 *  dim[d]   = clamp01((raw[d] − worst[d]) / (best[d] − worst[d])), bounds from the analysis.
 *  blend    = W × outcomeValue + (1 − W) × mean(dim[d] over scoreable d)   (W = OUTCOME_WEIGHT)
 *  overall  = 100 × (blend − worstBlend) / (bestBlend − worstBlend), clamped and rounded,
 *             so the best route the analysis finds scores 100 and the worst 0.
 */
import type { OutcomeClass, PatientState } from '../format/scenario.types';
import {
  LIM_CODE,
  LIM_MISPLACED_WEIGHT,
  OUTCOME_VALUES,
  OUTCOME_WEIGHT,
  REPEAT_FACTOR,
  UNFINISHED_OUTCOME_VALUE,
} from './model-parameters';
import { limitWarranted } from './patient-model';
import { codeById } from './rubric';
import { DIMENSIONS, type BehaviourCode, type Dimension, type DimensionBound } from './scoring.types';

export type DimVector = Record<Dimension, number>;
export type Bounds = Record<Dimension, DimensionBound>;
type Lookup = (id: string) => BehaviourCode | undefined;

/** Below this range a dimension cannot discriminate between routes. */
const EPSILON = 1e-9;

export const zeroVector = (): DimVector => ({ goals: 0, tasks: 0, bond: 0, trust: 0, communication: 0 });

export function addVectors(a: DimVector, b: DimVector): DimVector {
  const out = zeroVector();
  for (const d of DIMENSIONS) out[d] = a[d] + b[d];
  return out;
}

/** Signed weight a code earns this turn (before its dimension tags). */
export function codePoints(code: BehaviourCode, before: PatientState, previousCodes: readonly string[]): number {
  const weight = code.id === LIM_CODE && !limitWarranted(before) ? LIM_MISPLACED_WEIGHT : code.weight;
  return weight > 0 && previousCodes.includes(code.id) ? weight * REPEAT_FACTOR : weight;
}

/** Raw points per dimension for one turn. */
export function turnRaw(
  codes: readonly string[],
  before: PatientState,
  previousCodes: readonly string[] = [],
  lookup: Lookup = codeById,
): DimVector {
  const out = zeroVector();
  for (const id of new Set(codes)) {
    const code = lookup(id);
    if (!code) continue;
    const points = codePoints(code, before, previousCodes);
    for (const d of new Set(code.dimensions)) out[d] += points;
  }
  return out;
}

export function isScoreable(bound: DimensionBound): boolean {
  return bound.best - bound.worst > EPSILON;
}

export function outcomeValue(outcome: OutcomeClass | null): number {
  return outcome === null ? UNFINISHED_OUTCOME_VALUE : OUTCOME_VALUES[outcome];
}

/** 0–1 position of a raw total between the worst and best achievable, or null if not scoreable. */
export function normaliseDimension(raw: number, bound: DimensionBound): number | null {
  if (!isScoreable(bound)) return null;
  return Math.min(1, Math.max(0, (raw - bound.worst) / (bound.best - bound.worst)));
}

/** The linear form of the blend, for searches that add it up turn by turn. */
export interface BlendModel {
  /** Blend per raw point of each dimension. */
  coef: DimVector;
  offset: number;
  outcomeWeight: number;
}

export function blendModel(bounds: Bounds): BlendModel {
  const scoreable = DIMENSIONS.filter((d) => isScoreable(bounds[d]));
  const share = scoreable.length ? (1 - OUTCOME_WEIGHT) / scoreable.length : 0;
  const coef = zeroVector();
  let offset = 0;
  for (const d of scoreable) {
    coef[d] = share / (bounds[d].best - bounds[d].worst);
    offset -= coef[d] * bounds[d].worst;
  }
  return { coef, offset, outcomeWeight: scoreable.length ? OUTCOME_WEIGHT : 1 };
}

/** A turn's contribution to the blend (no clamping: within bounds it is exact). */
export function blendReward(model: BlendModel, raw: DimVector): number {
  let sum = 0;
  for (const d of DIMENSIONS) sum += model.coef[d] * raw[d];
  return sum;
}

/** The blend (0–1) of a whole attempt, with each dimension clamped to its bounds. */
export function blendOf(raw: DimVector, bounds: Bounds, outcome: OutcomeClass | null): number {
  const dims = DIMENSIONS.map((d) => normaliseDimension(raw[d], bounds[d])).filter((x): x is number => x !== null);
  if (dims.length === 0) return outcomeValue(outcome);
  const mean = dims.reduce((a, b) => a + b, 0) / dims.length;
  return OUTCOME_WEIGHT * outcomeValue(outcome) + (1 - OUTCOME_WEIGHT) * mean;
}

/** 0–100 overall score against the blend range the scenario allows. */
export function overallFromBlend(blend: number, blendBounds: DimensionBound | undefined): number {
  if (!blendBounds || blendBounds.best - blendBounds.worst <= EPSILON) return Math.round(100 * blend);
  const scaled = (blend - blendBounds.worst) / (blendBounds.best - blendBounds.worst);
  return Math.round(100 * Math.min(1, Math.max(0, scaled)));
}
