/**
 * The patient's face, derived from state so that it always agrees with the
 * meters: the face a trainee sees never says "irritated" while anger reads 0.
 */
import type { Expression, PatientState } from '../format/scenario.types';
import { EXPRESSION_THRESHOLDS as T } from './parameters';

const ANGER_FACES: readonly Expression[] = ['hostile', 'angry', 'irritated'];

/** First matching rule wins; `distressed` comes only from an author's hint. */
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

/**
 * The face shown with a line. The state decides; an author's hint adds only
 * what the state cannot show (distress) and only while the patient is not
 * angry, so the face never contradicts the anger meter.
 */
export function displayedExpression(state: PatientState, hint: Expression | undefined): Expression {
  const derived = deriveExpression(state);
  if (hint === 'distressed' && !ANGER_FACES.includes(derived)) return 'distressed';
  return derived;
}
