/** The patient's face, derived from state when the author gives no hint. */
import type { Expression, PatientState } from '../format/scenario.types';
import { EXPRESSION_THRESHOLDS as T } from './model-parameters';

/** First matching rule wins, in the contract's order; `distressed` is an author hint only. */
export function deriveExpression(state: PatientState): Expression {
  if (state.anger >= T.hostileAnger) return 'hostile';
  if (state.anger >= T.angryAnger) return 'angry';
  if (state.anger >= T.irritatedAnger) return 'irritated';
  if (state.trust < T.guardedTrustBelow) return 'guarded';
  if (state.trust >= T.warmTrust && state.anger < T.warmAngerBelow) return 'warm';
  const agreed = state.goalAgreement >= T.relievedAgreement && state.taskAgreement >= T.relievedAgreement;
  if (agreed && state.anger < T.relievedAngerBelow) return 'relieved';
  return 'calm';
}
