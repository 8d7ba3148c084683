import type { Difficulty, OutcomeClass, ReviewFactor } from '../../engine/trainee';

/** Trainee-facing words for the engine's ids. */
export const FACTOR_LABELS: Record<ReviewFactor, string> = {
  anger: 'Anger',
  hostility: 'Hostility',
  'perceived-injustice': 'Perceived injustice',
  trust: 'Trust',
  'values-and-barriers': 'Values and barriers',
  goals: 'Agreeing goals',
  tasks: 'Agreeing tasks',
  bond: 'Bond',
  communication: 'Communication',
};

export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  introductory: 'Introductory',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

export const OUTCOME_LABELS: Record<OutcomeClass, string> = {
  alliance: 'Alliance built',
  partial: 'Partial alliance',
  disengaged: 'Patient disengaged',
  escalated: 'Conversation escalated',
};
