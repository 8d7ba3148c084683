/** The decisions to learn from: those with the most regret, each with the stronger option and what followed. */
import { HIGHLIGHT_COUNT, HIGHLIGHT_MIN_REGRET } from '../model/parameters';
import { nextMoment } from './debrief-moments';
import { briefWhy, keyEvidence } from './explain';
import { describeMovement, firstName } from './meter-words';
import { lookupScenario, TIMEOUT_MOVE } from './scenario-moves';
import type { DebriefHighlight, DecisionDetail, DecisionReview, ScorableScenario, ScoreCard } from './scoring.types';

/** Said when the stronger option was to let a time limit run out. */
export const SILENCE_OPTION = 'Waiting, and letting the silence do the work';

/** Decisions that left points on the table, the costliest first (ties: the earlier first). */
export function costliest(card: ScoreCard, minRegret = HIGHLIGHT_MIN_REGRET): DecisionReview[] {
  return card.decisions
    .filter((d) => d.betterChoiceId !== null && d.regret >= minRegret && d.regret > 0)
    .sort((a, b) => b.regret - a.regret || a.turn - b.turn);
}

/** The author's note on the response a decision took (or on letting the time run out). */
export function feedbackFor(compiled: ScorableScenario, d: DecisionReview): string | null {
  const moves = lookupScenario(compiled.scenario).movesAt(d.nodeId);
  return moves.find((m) => m.id === (d.choiceId ?? TIMEOUT_MOVE))?.feedback ?? null;
}

/** Why a decision went as it did, what followed, and the sources that carry the point. */
export function decisionDetail(compiled: ScorableScenario, card: ScoreCard, d: DecisionReview): DecisionDetail {
  const index = card.decisions.indexOf(d);
  const previousCodes = card.decisions[index - 1]?.codes ?? [];
  return {
    codes: d.codes,
    brief: briefWhy({ codes: d.codes, feedback: feedbackFor(compiled, d) }, d.betterCodes, d.before, previousCodes),
    effect: describeMovement(firstName(compiled.scenario.persona.name), d.before, d.after),
    next: nextMoment(compiled, card, index),
    evidence: d.evidence,
    keyEvidence: keyEvidence(d.codes, d.betterCodes),
  };
}

export function highlights(compiled: ScorableScenario, card: ScoreCard): DebriefHighlight[] {
  const { nodes } = lookupScenario(compiled.scenario);
  return costliest(card)
    .slice(0, HIGHLIGHT_COUNT)
    .sort((a, b) => a.turn - b.turn)
    .map((d) => {
      const node = nodes.get(d.nodeId);
      return {
        turn: d.turn,
        nodeId: d.nodeId,
        patientText: node?.patient.text ?? '',
        chosenText: node?.choices.find((c) => c.id === d.choiceId)?.text ?? null,
        betterText: d.betterChoiceText ?? SILENCE_OPTION,
        betterIsLine: d.betterChoiceText !== null,
        why: d.why,
        regret: d.regret,
        ...decisionDetail(compiled, card, d),
      };
    });
}
