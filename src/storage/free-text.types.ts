/**
 * A decision answered in free-text mode: what the trainee typed (unless the
 * program turned keeping typed words off), how the response coder read it,
 * the authored option it was routed to, and whether the trainee overrode that
 * reading. The score follows the chosen option (the entry's choiceId), never
 * these words.
 */
export interface FreeTextTurn {
  words?: string;
  codes: { code: string; confidence: number }[];
  /** The MITI behaviour the coder read: question, reflection, input or other. */
  behaviour: string;
  /** The sub-label that goes with it (open, complex, advice…), when there is one. */
  kind?: string;
  closestChoiceId: string;
  overridden: boolean;
}

/** Free-text mode's part of a conversation in progress, so a reload keeps the mode, the typed words and a draft. */
export interface FreeTextProgress {
  /** Decisions answered in free text, by transcript index. */
  turns: Record<string, FreeTextTurn>;
  /** Typed but not yet sent, for the decision on screen. */
  draft?: string;
}
