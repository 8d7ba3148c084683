/** One DecisionReview per turn: what was chosen, the best alternative, why, and the regret. */
import type { TranscriptEntry } from '../runtime/session.types';
import { evidenceFor, explainDecision } from './explain';
import { MoveValuer } from './move-values';
import { TIMEOUT_MOVE, type ScenarioLookup } from './scenario-moves';
import type { DecisionReview, ScenarioAnalysis } from './scoring.types';

/** Regret below this (overall points) is rounding noise, not a better option. */
const MEANINGFUL_REGRET = 0.05;
const round1 = (x: number) => Math.round(x * 10) / 10;

export function reviewDecisions(
  lookup: ScenarioLookup,
  analysis: ScenarioAnalysis,
  transcript: readonly TranscriptEntry[],
): DecisionReview[] {
  const valuer = new MoveValuer(lookup, analysis);
  return transcript.map((entry, i) => {
    const previousCodes = transcript[i - 1]?.codes ?? [];
    const chosenId = entry.kind === 'timeout' ? TIMEOUT_MOVE : entry.choiceId;
    const { chosen, best } = valuer.decide({ nodeId: entry.nodeId, before: entry.before, previousCodes }, chosenId ?? '');
    const regret = chosen && best && !Number.isNaN(chosen.value) ? Math.max(0, (best.value - chosen.value) * valuer.pointsPerUnit) : 0;
    const better = best && regret > MEANINGFUL_REGRET && best.move.id !== chosenId ? best.move : null;
    const why = explainDecision(
      { codes: entry.codes, feedback: chosen?.move.feedback ?? null },
      better ? { codes: better.codes, feedback: better.feedback, text: better.text } : null,
      entry.before,
      previousCodes,
    );
    return {
      turn: entry.turn,
      nodeId: entry.nodeId,
      choiceId: entry.choiceId,
      codes: entry.codes,
      delta: entry.delta,
      before: entry.before,
      after: entry.after,
      betterChoiceId: better?.id ?? null,
      betterChoiceText: better?.text ?? null,
      betterCodes: better?.codes ?? [],
      why,
      evidence: evidenceFor(entry.codes, better?.codes ?? []),
      regret: better ? round1(regret) : 0,
    };
  });
}
