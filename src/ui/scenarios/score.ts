import { scoreAttempt, type ScoreCard, type TranscriptEntry } from '../../engine/trainee';
import type { CompiledScenario } from './engine';

/**
 * Scores a finished attempt. A scoring failure must never cost the trainee
 * the attempt itself, so it is saved unscored and the failure is logged.
 */
export function scoreAttemptSafely(
  compiled: CompiledScenario,
  transcript: readonly TranscriptEntry[],
  endingId: string | null,
): ScoreCard | null {
  try {
    return scoreAttempt(compiled, transcript, endingId);
  } catch (error) {
    console.warn('Could not score this attempt', error);
    return null;
  }
}
