import type { SessionView, TranscriptEntry } from '../../engine';
import { createSession, type CompiledScenario } from '../scenarios/engine';

/**
 * Which ending an attempt reached. The record keeps the transcript, not the
 * ending, so the engine replays the choices (deterministic for the same
 * content hash). Null when the content changed or the replay does not end.
 */
export function replayEnding(
  compiled: CompiledScenario,
  contentHash: string,
  transcript: readonly TranscriptEntry[],
): SessionView['ending'] {
  if (compiled.contentHash !== contentHash) return null;
  const session = createSession(compiled, { timeLimitFactor: 1 });
  try {
    for (const entry of transcript) {
      session.send(entry.choiceId === null ? { type: 'TIME_UP' } : { type: 'CHOOSE', choiceId: entry.choiceId });
    }
    return session.getView().ending;
  } catch {
    return null;
  } finally {
    session.stop();
  }
}
