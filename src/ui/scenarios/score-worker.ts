/**
 * Scores a finished attempt off the main thread: scoreAttempt reviews every
 * decision against its alternatives, which can take seconds on long
 * scenarios and must not freeze the ending screen.
 */
import { scoreAttempt, type ScoreCard, type TranscriptEntry } from '../../engine/trainee';
import type { CompiledScenario } from './engine';

export interface ScoreRequest {
  compiled: CompiledScenario;
  transcript: TranscriptEntry[];
  endingId: string | null;
}
export type ScoreReply = { ok: true; score: ScoreCard } | { ok: false; message: string };

const scope = self as unknown as {
  addEventListener: (type: 'message', listener: (event: MessageEvent<ScoreRequest>) => void) => void;
  postMessage: (message: ScoreReply) => void;
};

scope.addEventListener('message', ({ data }) => {
  try {
    scope.postMessage({ ok: true, score: scoreAttempt(data.compiled, data.transcript, data.endingId) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
