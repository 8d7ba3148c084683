/**
 * The overall score and the blend the searches add up turn by turn. Raw
 * points per turn come from the model (model/turn-points.ts), so a route
 * scores the same whichever part of the engine computes it.
 *
 *  dim[d]   = clamp01((raw[d] − worst[d]) / (best[d] − worst[d])), bounds from the analysis
 *             (the worst and best totals any route through this scenario allows).
 *  blend    = W × outcomeValue + (1 − W) × mean(dim[d] over scoreable d)   (W = OUTCOME_WEIGHT)
 *  overall  = round(100 × blend): the overall score IS this blend, with no rescaling,
 *             so it always sits where its dimension scores and the ending put it.
 */
import type { OutcomeClass } from '../format/scenario.types';
import { OUTCOME_VALUES, OUTCOME_WEIGHT, UNFINISHED_OUTCOME_VALUE } from '../model/parameters';
import { zeroVector, type DimVector } from '../model/turn-points';
import { DIMENSIONS, type Dimension, type DimensionBound } from './scoring.types';

export { addVectors, turnRaw, zeroVector, type DimVector } from '../model/turn-points';
export type Bounds = Record<Dimension, DimensionBound>;

/** Below this range a dimension cannot discriminate between routes. */
const EPSILON = 1e-9;

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

/**
 * Nudge before rounding: the analysis sums the blend turn by turn and
 * scoreTotals computes it in one go, so the same route can land a few ulps
 * either side of a .5 and round to different whole scores. A nudge far larger
 * than float error and far smaller than a point makes both round alike.
 */
const ROUNDING_NUDGE = 1e-7;

/** 0–100 overall score: the blend itself, rounded. */
export function overallFromBlend(blend: number): number {
  return Math.round(100 * Math.min(1, Math.max(0, blend)) + ROUNDING_NUDGE);
}
