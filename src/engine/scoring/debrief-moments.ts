/** Where a decision led: the patient's next line, or the ending it reached. */
import type { Ending } from '../format/scenario.types';
import { lookupScenario, resolveTarget, TIMEOUT_MOVE } from './scenario-moves';
import type { DebriefNext, ScorableScenario, ScoreCard } from './scoring.types';

/** The ending the last decision led to (the ScoreCard keeps only its class). */
export function endingReached(compiled: ScorableScenario, card: ScoreCard): Ending | null {
  const last = card.decisions.at(-1);
  if (!last || card.outcome === null) return null;
  const lookup = lookupScenario(compiled.scenario);
  const move = lookup.movesAt(last.nodeId).find((m) => m.id === (last.choiceId ?? TIMEOUT_MOVE));
  const target = move ? resolveTarget(move, last.after) : null;
  return (target && lookup.endings.get(target)) || null;
}

/** What happened after decision `index` of the card: the next decision's patient line, or the ending. */
export function nextMoment(compiled: ScorableScenario, card: ScoreCard, index: number): DebriefNext {
  const following = card.decisions[index + 1];
  if (following) {
    const line = lookupScenario(compiled.scenario).nodes.get(following.nodeId)?.patient;
    return { patientText: line?.text ?? null, nonverbal: line?.nonverbal ?? null, endingTitle: null };
  }
  const ending = index === card.decisions.length - 1 ? endingReached(compiled, card) : null;
  return { patientText: ending?.patient?.text ?? null, nonverbal: ending?.patient?.nonverbal ?? null, endingTitle: ending?.title ?? null };
}
