import { codeById, type DecisionReview, type Scenario, type TranscriptEntry } from '../../engine/trainee';

/** Everything one decision card shows, resolved from the transcript, the score and the scenario. */
export interface DecisionItem {
  entry: TranscriptEntry;
  review: DecisionReview | null;
  phase: string | null;
  /** Null when the scenario changed since the attempt or is no longer in this build. */
  patientText: string | null;
  chosenText: string | null;
  feedback: string | null;
  evidence: string[];
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
  return transcript.map((entry) => {
    const node = nodes.get(entry.nodeId);
    const choice = node?.choices.find((c) => c.id === entry.choiceId);
    const review = byTurn.get(entry.turn) ?? null;
    const fromCodes = entry.codes.flatMap((id) => codeById(id)?.evidence ?? []);
    return {
      entry,
      review,
      phase: (node && phases.get(node.phase)) ?? null,
      patientText: node?.patient.text ?? null,
      chosenText: choice?.text ?? null,
      feedback: (entry.kind === 'timeout' ? node?.timeLimit?.feedback : choice?.feedback) ?? null,
      evidence: [...new Set(review?.evidence ?? fromCodes)],
      highlighted: highlightedTurns.has(entry.turn),
    };
  });
}

/** The id of a decision's card, so the highlights can move focus to it. */
export const decisionCardId = (turn: number) => `decision-${turn + 1}`;

/**
 * The engine's "why" repeats the stronger option word for word; where the
 * debrief already quotes it just above, the repeat becomes "The stronger option was …".
 */
export function whyAfterQuote(why: string, betterText: string | null): string {
  if (!betterText) return why;
  return why.replace(`A stronger option here: "${betterText}", which was`, 'The stronger option was');
}
