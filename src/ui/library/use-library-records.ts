import { useEffect, useState } from 'react';
import { useAppData } from '../data/app-data-context';
import type { CatalogEntry } from '../scenarios/scenario-source';

export interface LibraryRecords {
  loaded: boolean;
  /** Best overall score per scenario id, from completed attempts. */
  best: ReadonlyMap<string, number>;
  /** Scenario ids with a saved conversation to resume. */
  inProgress: ReadonlySet<string>;
  attemptCount: number;
}

const EMPTY: LibraryRecords = { loaded: false, best: new Map(), inProgress: new Set(), attemptCount: 0 };

/** The active profile's best scores and resumable conversations. */
export function useLibraryRecords(catalog: readonly CatalogEntry[]): LibraryRecords {
  const { store, profile } = useAppData();
  const [records, setRecords] = useState<LibraryRecords>(EMPTY);

  useEffect(() => {
    if (!store || !profile) return;
    let cancelled = false;
    (async () => {
      const { records: attempts } = await store.attempts.listByProfile(profile.id);
      const best = new Map<string, number>();
      for (const attempt of attempts) {
        if (attempt.status !== 'completed' || !attempt.score) continue;
        const score = attempt.score.overall;
        if (score > (best.get(attempt.scenarioId) ?? -Infinity)) best.set(attempt.scenarioId, score);
      }
      const saved = await Promise.all(catalog.map((entry) => store.inProgress.get(profile.id, entry.id)));
      const inProgress = new Set(catalog.filter((_, i) => saved[i]).map((entry) => entry.id));
      if (!cancelled) setRecords({ loaded: true, best, inProgress, attemptCount: attempts.length });
    })().catch(() => {
      if (!cancelled) setRecords({ ...EMPTY, loaded: true });
    });
    return () => {
      cancelled = true;
    };
  }, [store, profile, catalog]);

  return records;
}
