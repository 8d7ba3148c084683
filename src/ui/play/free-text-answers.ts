import type { TranscriptEntry } from '../../engine/trainee';
import type { FreeTextProgress, FreeTextTurn, StoredTranscriptEntry } from '../../storage/storage.types';

/** Whether an attempt is answered in the trainee's own words: yes, no, or not asked yet (setting "ask each attempt"). */
export type FreeTextChoice = 'on' | 'off' | 'ask';

/**
 * An attempt's free-text answers, by transcript index, and the draft being
 * typed. With `keepWords` off (a program's privacy switch) the words are
 * dropped as soon as they have routed the conversation, and drafts are not
 * saved: only the codes and the closest option are kept.
 */
export class FreeTextAnswers {
  private progress: FreeTextProgress | null;

  constructor(
    saved: FreeTextProgress | null,
    private readonly keepWords: boolean,
  ) {
    this.progress = saved ? { turns: { ...saved.turns }, ...(saved.draft && keepWords ? { draft: saved.draft } : {}) } : null;
  }

  get active(): boolean {
    return this.progress !== null;
  }

  get draft(): string {
    return this.progress?.draft ?? '';
  }

  start(): void {
    this.progress ??= { turns: {} };
  }

  /** Keeps the answer for the decision at transcript index `turn`; the draft is spent. */
  record(turn: number, answer: FreeTextTurn): void {
    if (!this.progress) return;
    const { words, ...rest } = answer;
    this.progress = { turns: { ...this.progress.turns, [turn]: this.keepWords && words !== undefined ? { words, ...rest } : rest } };
  }

  /** Returns whether the draft changed (and so is worth saving). */
  setDraft(text: string): boolean {
    if (!this.progress || !this.keepWords || this.draft === text) return false;
    const { turns } = this.progress;
    this.progress = text ? { turns, draft: text } : { turns };
    return true;
  }

  /** What the in-progress record keeps (nothing when not in free-text mode). */
  forProgress(): FreeTextProgress | undefined {
    return this.progress ?? undefined;
  }

  /** The transcript with each free-text answer beside the choice it routed to. */
  merge(transcript: readonly TranscriptEntry[]): StoredTranscriptEntry[] {
    const turns = this.progress?.turns ?? {};
    return transcript.map((entry, index) => {
      const freeText = turns[index];
      return freeText ? { ...entry, freeText } : entry;
    });
  }
}
