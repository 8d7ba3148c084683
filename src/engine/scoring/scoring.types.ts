import type { OutcomeClass, PatientState, StateEffects } from '../format/scenario.types';

/** The five alliance dimensions, in the review's words. */
export const DIMENSIONS = ['goals', 'tasks', 'bond', 'trust', 'communication'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** How a code maps onto MITI 4.2.1 behaviour counts, if at all. */
export type MitiCategory =
  | 'question'
  | 'simpleReflection'
  | 'complexReflection'
  | 'adherent'
  | 'nonAdherent'
  | 'none';

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
