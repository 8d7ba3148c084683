import { useMemo } from 'react';
import { buildDebrief, type Debrief, type ScoreCard, type SessionView } from '../../engine/trainee';
import type { AttemptRecord } from '../../storage/storage.types';
import { useLoaded } from '../data/use-loaded';
import type { CompiledScenario } from '../scenarios/engine';
import { scoreAttemptAsync } from '../scenarios/score-attempt-async';
import { useAttempt } from './use-attempt';

export type DebriefState =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; error: string; reload: () => void }
  | { kind: 'scoring'; record: AttemptRecord }
  | {
      kind: 'ready';
      record: AttemptRecord;
      /** The scenario as played, or null if it changed or left this build (texts may then be missing). */
      compiled: CompiledScenario | null;
      ending: SessionView['ending'];
      score: ScoreCard | null;
      debrief: Debrief | null;
    };

/**
 * A saved attempt with everything its debrief shows. An attempt that reached
 * an ending but was saved unscored (scoring failed, or it was saved by an older
 * build) is scored again here, in the worker, while the page says so.
 */
export function useDebrief(attemptId: string): DebriefState {
  const attempt = useAttempt(attemptId);
  const ready = attempt.status === 'ready' ? attempt.data : null;
  const compiled = ready?.compiled && ready.compiled.contentHash === ready.record.contentHash ? ready.compiled : null;
  const needsScore = ready !== null && compiled !== null && ready.record.status === 'completed' && ready.record.score === null;
  const endingId = ready?.ending?.id ?? null;

  const rescore = useMemo(() => {
    if (!needsScore || !ready || !compiled) return null;
    return async () => ({ id: ready.record.id, score: await scoreAttemptAsync(compiled, ready.record.transcript, endingId) });
  }, [needsScore, ready, compiled, endingId]);
  // Kept with the attempt's id: the score of the attempt shown before never stands in for this one's.
  const rescored = useLoaded(rescore).data;

  const score = ready?.record.score ?? (rescored?.id === ready?.record.id ? (rescored?.score ?? null) : null);
  const debrief = useMemo(() => (compiled && score ? buildDebrief(compiled, score) : null), [compiled, score]);

  if (attempt.status === 'failed') return { kind: 'failed', error: attempt.error, reload: attempt.reload };
  if (attempt.status === 'loading') return { kind: 'loading' };
  if (!ready) return { kind: 'missing' };
  if (needsScore && rescored?.id !== ready.record.id) return { kind: 'scoring', record: ready.record };
  return { kind: 'ready', record: ready.record, compiled, ending: ready.ending, score, debrief };
}
