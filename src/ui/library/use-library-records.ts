import { useEffect, useState } from 'react';
import { useAppData } from '../data/app-data-context';
import type { StorePort } from '../data/store-port';
import type { CatalogEntry } from '../scenarios/scenario-source';
import { rememberPractised } from './practice-hint';

export interface LibraryRecords {
  /** True once this view has read the records; before that they are empty or a copy from an earlier visit. */
  loaded: boolean;
  /** Records are shown (read now, or remembered from earlier in this session) rather than still unknown. */
  known: boolean;
  /** Best overall score per scenario id, from completed attempts. */
  best: ReadonlyMap<string, number>;
  /** Scenario ids with a saved conversation to resume. */
  inProgress: ReadonlySet<string>;
  attemptCount: number;
}

const EMPTY: LibraryRecords = { loaded: false, known: false, best: new Map(), inProgress: new Set(), attemptCount: 0 };

/**
 * The last records read per store and profile: coming back to the library
 * within a visit shows them at once (then refreshes) instead of blank scores.
 */
const remembered = new WeakMap<StorePort, { profileId: string; records: LibraryRecords }>();

function rememberedFor(store: StorePort | null, profileId: string | undefined): LibraryRecords | null {
  const entry = store ? remembered.get(store) : undefined;
  return entry && entry.profileId === profileId ? { ...entry.records, loaded: false } : null;
}

/** The active profile's best scores and resumable conversations. */
export function useLibraryRecords(catalog: readonly CatalogEntry[]): LibraryRecords {
  const { store, profile } = useAppData();
  const [records, setRecords] = useState<LibraryRecords>(() => rememberedFor(store, profile?.id) ?? EMPTY);

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
      const loaded: LibraryRecords = { loaded: true, known: true, best, inProgress, attemptCount: attempts.length };
      remembered.set(store, { profileId: profile.id, records: loaded });
      rememberPractised(attempts.length > 0 || inProgress.size > 0);
      if (!cancelled) setRecords(loaded);
    })().catch(() => {
      if (!cancelled) setRecords({ ...EMPTY, loaded: true, known: true });
    });
    return () => {
      cancelled = true;
    };
  }, [store, profile, catalog]);

  return records;
}
