import type { AttemptResult } from '../../export/records';
import type { Dimension } from '../../engine/trainee';
import { OUTCOME_LABELS } from '../scenarios/labels';

export const DIMENSION_LABELS: Record<Dimension, string> = {
  goals: 'Agreeing goals',
  tasks: 'Agreeing tasks',
  bond: 'Bond',
  trust: 'Trust',
  communication: 'Communication',
};

/** How an attempt ended, in the words the trainee's debrief uses. */
export const RESULT_LABELS: Record<AttemptResult, string> = {
  ...OUTCOME_LABELS,
  unfinished: 'Ended early',
};

export const percent = (share: number) => `${Math.round(share * 100)}%`;
