/**
 * scoreAttempt: a finished (or abandoned) attempt → ScoreCard.
 * Formula in turn-score.ts; bounds from the scenario's analysis (attached at
 * build time, or computed here). The transcript's recorded states are trusted,
 * so the score matches what the trainee saw even if the model changes later.
 */
import type { OutcomeClass } from '../format/scenario.types';
import { assertWhole } from '../runtime/play-scenario';
import type { TranscriptEntry } from '../runtime/session.types';
import { analysisFor } from './analyse-scenario';
import { reviewDecisions } from './decision-review';
import { mitiIndicators } from './miti';
import { lookupScenario } from './scenario-moves';
import { DIMENSIONS, type DimensionScore, type ScenarioAnalysis, type ScoreCard, type ScorableScenario } from './scoring.types';
import { addVectors, blendOf, isScoreable, normaliseDimension, overallFromBlend, turnRaw, zeroVector } from './turn-score';

const round1 = (x: number) => Math.round(x * 10) / 10;

export interface ScoreTotals {
  overall: number;
  /** The unrounded blend (0–1) behind `overall`. */
  blend: number;
  dimensions: DimensionScore[];
  outcome: OutcomeClass | null;
}

/** The scores without the decision review (cheap: no search). */
export function scoreTotals(
  compiled: ScorableScenario,
  transcript: readonly Pick<TranscriptEntry, 'codes' | 'before' | 'after'>[],
  endingId: string | null,
  analysis: ScenarioAnalysis = analysisFor(compiled),
): ScoreTotals {
  let raw = zeroVector();
  transcript.forEach((entry, i) => {
    raw = addVectors(raw, turnRaw(entry.codes, entry.before, entry.after, transcript[i - 1]?.codes ?? []));
  });
  const lookup = lookupScenario(compiled.scenario);
  const outcome = (endingId === null ? undefined : lookup.endings.get(endingId)?.outcome) ?? null;
  const bounds = analysis.dimensionBounds;
  const blend = blendOf(raw, bounds, outcome);
  return {
    overall: overallFromBlend(blend),
    blend,
    dimensions: DIMENSIONS.map((dimension) => {
      const bound = bounds[dimension];
      const share = normaliseDimension(raw[dimension], bound);
      return {
        dimension,
        // A dimension no route can move is reported as full marks and left out of the overall score.
        score: share === null ? 100 : Math.round(100 * share),
        raw: round1(raw[dimension]),
        best: round1(bound.best),
        worst: round1(bound.worst),
        scoreable: isScoreable(bound),
      };
    }),
    outcome,
  };
}

export function scoreAttempt(compiled: ScorableScenario, transcript: readonly TranscriptEntry[], endingId: string | null): ScoreCard {
  assertWhole(compiled);
  const analysis = analysisFor(compiled);
  const { overall, dimensions, outcome } = scoreTotals(compiled, transcript, endingId, analysis);
  return {
    overall,
    dimensions,
    miti: mitiIndicators(transcript),
    outcome,
    decisions: reviewDecisions(lookupScenario(compiled.scenario), analysis, transcript),
  };
}
