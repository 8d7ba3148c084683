import type { ScoreCard, TranscriptEntry } from '../../engine/trainee';
import type { CompiledScenario } from '../scenarios/engine';
import { scoreAttemptAsync } from '../scenarios/score-attempt-async';

/**
 * Scores an attempt played on the play screen's copy of a scenario (no
 * feedback) with the whole scenario, loaded only now that it is needed. If it
 * cannot be loaded the attempt is saved unscored, and the debrief scores it.
 */
export async function scoreWithWhole(
  compiled: CompiledScenario,
  loadWhole: (() => Promise<CompiledScenario>) | null,
  transcript: TranscriptEntry[],
  endingId: string | null,
): Promise<ScoreCard | null> {
  let whole = compiled;
  if (loadWhole) {
    try {
      whole = await loadWhole();
    } catch (error) {
      console.warn('Could not load the scenario to score this attempt', error);
      return null;
    }
    if (whole.contentHash !== compiled.contentHash) return null;
  }
  return scoreAttemptAsync(whole, transcript, endingId);
}
