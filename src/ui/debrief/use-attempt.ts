import { startTransition, useEffect, useState } from 'react';
import type { SessionView } from '../../engine/trainee';
import type { AttemptRecord } from '../../storage/storage.types';
import { useAppData } from '../data/app-data-context';
import type { CompiledScenario } from '../scenarios/engine';
import { useScenarioSource } from '../scenarios/scenario-source';
import { replayEnding } from './replay-ending';

export type AttemptState =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | {
      kind: 'ready';
      record: AttemptRecord;
      /** Null if the scenario is no longer in this build. */
      compiled: CompiledScenario | null;
      ending: SessionView['ending'];
    };

/** One saved attempt, its scenario and the ending it reached. */
export function useAttempt(attemptId: string): AttemptState {
  const { store, profile } = useAppData();
  const { loadScenario } = useScenarioSource();
  const [state, setState] = useState<AttemptState>({ kind: 'loading' });
  const profileId = profile?.id;

  useEffect(() => {
    if (!store || !profileId) return;
    let cancelled = false;
    (async () => {
      const record = await store.attempts.get(attemptId);
      if (!record || record.profileId !== profileId) return { kind: 'missing' } as const;
      const compiled = await loadScenario(record.scenarioId).catch(() => null);
      const ending = compiled ? replayEnding(compiled, record.contentHash, record.transcript) : null;
      return { kind: 'ready', record, compiled, ending } as const;
    })()
      .catch(() => ({ kind: 'missing' }) as const)
      .then((next) => {
        // A transition: the debrief is the app's largest render, and sliced it
        // leaves the page responsive (and Lighthouse's blocking time low).
        if (!cancelled) startTransition(() => setState(next));
      });
    return () => {
      cancelled = true;
    };
  }, [store, profileId, attemptId, loadScenario]);

  return state;
}
