import type { OutcomeClass, PatientState, Scenario, StateEffects } from '../format/scenario.types';

/** The five alliance dimensions, in the review's words. */
export const DIMENSIONS = ['goals', 'tasks', 'bond', 'trust', 'communication'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** How a code maps onto MITI 4.2.1 behaviour counts, if at all. */
export type MitiCategory = 'question' | 'simpleReflection' | 'complexReflection' | 'adherent' | 'nonAdherent' | 'none';

/** One behaviour code in seeds/rubric.json. */
export interface BehaviourCode {
  id: string;
  name: string;
  definition: string;
  example: string;
  dimensions: Dimension[];
  direction: 'building' | 'damaging' | 'context';
  /** Points per dimension when the code is used (design parameter). */
  weight: number;
  /** Default effect on patient state (design parameter). */
  effect: StateEffects;
  miti: MitiCategory;
  /** Negative influences from the review this code answers or feeds. */
  influences: ('anger' | 'hostility' | 'perceived-injustice')[];
  /** Ids that resolve in seeds/evidence.json. */
  evidence: string[];
}

export interface Rubric {
  version: number;
  codes: BehaviourCode[];
}

export interface DimensionScore {
  dimension: Dimension;
  /** 0–100, normalised against what the scenario made achievable. */
  score: number;
  raw: number;
  best: number;
  worst: number;
  /** False when no route can change this dimension; it is then left out of the overall score. */
  scoreable?: boolean;
}

export interface MitiIndicator {
  id: 'reflectionToQuestion' | 'percentComplexReflections' | 'adherent' | 'nonAdherent';
  value: number | null;
  fair: number | null;
  good: number | null;
  band: 'below-fair' | 'fair' | 'good' | 'not-applicable';
}

export interface DecisionReview {
  turn: number;
  nodeId: string;
  choiceId: string | null;
  codes: string[];
  delta: StateEffects;
  before: PatientState;
  after: PatientState;
  /** The highest-scoring alternative at that point, if better than the chosen one. */
  betterChoiceId: string | null;
  betterChoiceText: string | null;
  betterCodes: string[];
  why: string;
  evidence: string[];
  /** How much the chosen response cost against the best available (points). */
  regret: number;
}

export interface ScoreCard {
  overall: number;
  dimensions: DimensionScore[];
  miti: MitiIndicator[];
  outcome: OutcomeClass | null;
  decisions: DecisionReview[];
}

/** One entry of seeds/evidence.json (the scoring module reads id and confidence only). */
export interface EvidenceEntry {
  id: string;
  /** Short name scenario feedback cites in parentheses ("Linton 2012: reassurance"); unique, set only where cited. */
  shortCite?: string;
  kind?: string;
  title?: string;
  statement?: string;
  citation?: string;
  url?: string;
  /** `unverified` entries must not back a rubric code. */
  confidence: 'verified' | 'secondary' | 'unverified' | (string & {});
}

export interface EvidenceBase {
  version: number;
  entries: EvidenceEntry[];
}

/** Best and worst raw totals a dimension can reach over complete routes. */
export interface DimensionBound {
  best: number;
  worst: number;
}

/** What a scenario makes achievable; attached to the compiled form at build time. */
export interface ScenarioAnalysis {
  /** Overall score (0–100) of the best and worst routes found. */
  bestScore: number;
  worstScore: number;
  bestOutcome: OutcomeClass | null;
  worstOutcome: OutcomeClass | null;
  /** Choice ids in order; 'timeout' where a time limit is left to expire. */
  bestRoute: string[];
  worstRoute: string[];
  routes: { count: number; exact: boolean };
  coverage: {
    codes: string[];
    dimensions: Dimension[];
    influences: ('anger' | 'hostility' | 'perceived-injustice')[];
  };
  dimensionBounds: Record<Dimension, DimensionBound>;
  /** Raw blend (0–1) of the best and worst routes; the overall score is normalised against it. */
  blendBounds?: DimensionBound;
  /** False when the search hit its budget and the bounds are estimates. */
  exact: boolean;
  /** Conversation states the exact search expanded (absent when it ran out of budget). */
  states?: number;
  /** Routes that break the rescue window (rescue-window.ts); absent when the search was not exact. */
  rescueFailures?: { route: string[]; poorMoves: number; endingId: string }[];
}

/**
 * The fields of a compiled scenario that scoring needs; CompiledScenario
 * satisfies it. `analysis` is narrowed by scoring before use.
 */
export interface ScorableScenario {
  scenario: Scenario;
  analysis?: unknown;
  /** A play-only copy (runtime/play-scenario.ts) lacks the feedback: scoring refuses it. */
  playOnly?: true;
}

export interface DebriefDimension {
  dimension: Dimension;
  score: number;
  headline: string;
  explanation: string;
}

/** What the patient did after a decision: the next line, or the ending the decision led to. */
export interface DebriefNext {
  /** The patient's next line (or the ending's closing line); null when there is none. */
  patientText: string | null;
  nonverbal: string | null;
  /** The ending's title when the decision ended the conversation. */
  endingTitle: string | null;
}

/** What the debrief says about one decision besides its lines: why, what followed, and its sources. */
export interface DecisionDetail {
  /** The behaviour codes of the response chosen (their definitions are shown on request). */
  codes: string[];
  /** The why without the codes' definitions (explain.ts briefWhy): the author's note, the moment, the codes by name. */
  brief: string;
  /** How the patient's meters moved, in plain words. */
  effect: string;
  next: DebriefNext;
  evidence: string[];
  /** The one or two of `evidence` that carry the point (explain.ts keyEvidence says how they are chosen). */
  keyEvidence: string[];
}

export interface DebriefHighlight extends DecisionDetail {
  turn: number;
  nodeId: string;
  patientText: string;
  chosenText: string | null;
  betterText: string;
  /** False when the stronger option was to let the silence run (betterText is then a description, not a line). */
  betterIsLine: boolean;
  why: string;
  regret: number;
}

/**
 * One of the debrief's three takeaways, written about this attempt's actual
 * lines: what you said, what it did and, for a costly decision, what would
 * have worked better.
 */
export interface DebriefTakeaway extends DecisionDetail {
  /** 'improve': a decision that cost the most; 'keep': one that went well. */
  kind: 'improve' | 'keep';
  turn: number;
  /** The trainee's line as chosen, or null for a silence (the time ran out). */
  said: string | null;
  /** What it did, in plain words: the meters' movement, and the ending if it ended the conversation. */
  did: string;
  /** The stronger option, shortened; null for a 'keep'. */
  better: string | null;
  betterIsLine: boolean;
}

export interface Debrief {
  overall: number;
  /** One sentence: how the overall score follows from the dimension scores and the ending. */
  overallExplanation: string;
  dimensions: DebriefDimension[];
  highlights: DebriefHighlight[];
  /** Three at most: the costliest decisions, or for a strong attempt what went well and the one improvement. */
  takeaways: DebriefTakeaway[];
  outcome: { outcome: OutcomeClass | null; title: string | null; summary: string };
  miti: { id: MitiIndicator['id']; label: string; value: number | null; band: MitiIndicator['band']; summary: string }[];
  evidenceIds: string[];
}
