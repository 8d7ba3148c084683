import type { StoredTranscriptEntry } from '../../storage/storage.types';
import { briefWhy, codeById, keyEvidence, type DecisionReview, type Scenario, type TranscriptEntry } from '../../engine/trainee';

/** Everything one decision card shows, resolved from the transcript, the score and the scenario. */
export interface DecisionItem {
  entry: TranscriptEntry;
  review: DecisionReview | null;
  phase: string | null;
  /** Null when the scenario changed since the attempt or is no longer in this build. */
  patientText: string | null;
  chosenText: string | null;
  /** In free-text mode: the option the reader judged closest to the trainee's words. */
  closestText: string | null;
  feedback: string | null;
  evidence: string[];
  /** The one or two of `evidence` that carry the point; the rest are shown on request. */
  keyEvidence: string[];
  /** Why, without the codes' definitions (the code chips hold those); null when unscored. */
  brief: string | null;
  highlighted: boolean;
}

export function decisionItems(
  transcript: readonly TranscriptEntry[],
  reviews: readonly DecisionReview[],
  scenario: Scenario | null,
  highlightedTurns: ReadonlySet<number>,
): DecisionItem[] {
  const nodes = new Map(scenario?.nodes.map((n) => [n.id, n]));
  const phases = new Map(scenario?.phases.map((p) => [p.id, p.title]));
  const byTurn = new Map(reviews.map((r) => [r.turn, r]));
  return transcript.map((entry, i) => {
    const node = nodes.get(entry.nodeId);
    const choice = node?.choices.find((c) => c.id === entry.choiceId);
    const review = byTurn.get(entry.turn) ?? null;
    const fromCodes = entry.codes.flatMap((id) => codeById(id)?.evidence ?? []);
    const feedback = (entry.kind === 'timeout' ? node?.timeLimit?.feedback : choice?.feedback) ?? null;
    const previousCodes = transcript[i - 1]?.codes ?? [];
    return {
      entry,
      review,
      phase: (node && phases.get(node.phase)) ?? null,
      patientText: node?.patient.text ?? null,
      chosenText: choice?.text ?? null,
      closestText: closestTextOf(entry, node?.choices ?? []),
      feedback,
      evidence: [...new Set(review?.evidence ?? fromCodes)],
      keyEvidence: keyEvidence(entry.codes, review?.betterCodes ?? []),
      brief: review ? briefWhy({ codes: entry.codes, feedback }, review.betterCodes, entry.before, previousCodes) : null,
      highlighted: highlightedTurns.has(entry.turn),
    };
  });
}

function closestTextOf(entry: StoredTranscriptEntry, choices: readonly { id: string; text: string }[]): string | null {
  const closestId = entry.freeText?.closestChoiceId;
  return closestId === undefined ? null : (choices.find((c) => c.id === closestId)?.text ?? null);
}

/** The id of a decision's card, so the highlights can move focus to it. */
export const decisionCardId = (turn: number) => `decision-${turn + 1}`;
