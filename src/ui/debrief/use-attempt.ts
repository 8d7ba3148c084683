import { useMemo } from 'react';
import type { SessionView } from '../../engine/trainee';
import type { AttemptRecord } from '../../storage/storage.types';
import { useAppData } from '../data/app-data-context';
import { useLoaded, type Loaded } from '../data/use-loaded';
import type { CompiledScenario } from '../scenarios/engine';
import { useScenarioSource } from '../scenarios/scenario-source';
import { replayEnding } from './replay-ending';

export interface FoundAttempt {
  record: AttemptRecord;
  /** Null if the scenario is no longer in this build. */
  compiled: CompiledScenario | null;
  ending: SessionView['ending'];
}

/** One saved attempt, its scenario and the ending it reached; null when it is not saved for the active profile. */
export function useAttempt(attemptId: string): Loaded<FoundAttempt | null> & { reload: () => void } {
  const { store, profile } = useAppData();
  const { loadScenario } = useScenarioSource();
  const profileId = profile?.id;
  const load = useMemo(
    () =>
      store && profileId
        ? async (): Promise<FoundAttempt | null> => {
            const record = await store.attempts.get(attemptId);
            if (!record || record.profileId !== profileId) return null;
            const compiled = await loadScenario(record.scenarioId).catch(() => null);
            const ending = compiled ? replayEnding(compiled, record.contentHash, record.transcript) : null;
            return { record, compiled, ending };
          }
        : null,
    [store, profileId, attemptId, loadScenario],
  );
  // A transition: the debrief is the app's largest render, and sliced it
  // leaves the page responsive (and Lighthouse's blocking time low).
  return useLoaded(load, { transition: true });
}
