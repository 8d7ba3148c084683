import type { ScoreCard, TranscriptEntry } from '../../engine/trainee';
import type { CompiledScenario } from './engine';
import type { ScoreReply, ScoreRequest } from './score-worker';

async function onMainThread(compiled: CompiledScenario, transcript: TranscriptEntry[], endingId: string | null) {
  const { scoreAttemptSafely } = await import('./score');
  return scoreAttemptSafely(compiled, transcript, endingId);
}

/**
 * Scores an attempt in a Web Worker (scoring can take seconds), falling back
 * to the main thread where workers are unavailable (jsdom, old browsers) or
 * the worker fails. Never rejects: a scoring failure saves the attempt unscored.
 */
export function scoreAttemptAsync(
  compiled: CompiledScenario,
  transcript: TranscriptEntry[],
  endingId: string | null,
): Promise<ScoreCard | null> {
  if (typeof Worker === 'undefined') return onMainThread(compiled, transcript, endingId);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./score-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(onMainThread(compiled, transcript, endingId));
      return;
    }
    worker.addEventListener('message', (event: MessageEvent<ScoreReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.score);
      else {
        console.warn('Could not score this attempt', event.data.message);
        resolve(null);
      }
    });
    worker.addEventListener('error', () => {
      worker.terminate();
      resolve(onMainThread(compiled, transcript, endingId));
    });
    const request: ScoreRequest = { compiled, transcript, endingId };
    worker.postMessage(request);
  });
}
