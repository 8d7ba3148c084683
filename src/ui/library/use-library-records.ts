import { useMemo } from 'react';
import { useAppData } from '../data/app-data-context';
import type { StorePort } from '../data/store-port';
import { useLoaded } from '../data/use-loaded';
import { useReloadOnChange, type ChangedTable } from '../data/use-reload-on-change';
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

type Counts = Omit<LibraryRecords, 'loaded' | 'known'>;

/** Best scores come from attempts, Resume from conversations in progress (a finished attempt clears its own). */
const READS: readonly ChangedTable[] = ['attempts', 'inProgress'];

const EMPTY: Counts = { best: new Map(), inProgress: new Set(), attemptCount: 0 };

/**
 * The last records read per store and profile: coming back to the library
 * within a visit shows them at once (then refreshes) instead of blank scores.
 */
const remembered = new WeakMap<StorePort, { profileId: string; records: Counts }>();

function rememberedFor(store: StorePort | null, profileId: string | undefined): Counts | null {
  const entry = store ? remembered.get(store) : undefined;
  return entry && entry.profileId === profileId ? entry.records : null;
}

async function readCounts(store: StorePort, profileId: string, catalog: readonly CatalogEntry[]): Promise<Counts> {
  const { records: attempts } = await store.attempts.listByProfile(profileId);
  const best = new Map<string, number>();
  for (const attempt of attempts) {
    if (attempt.status !== 'completed' || !attempt.score) continue;
    const score = attempt.score.overall;
    if (score > (best.get(attempt.scenarioId) ?? -Infinity)) best.set(attempt.scenarioId, score);
  }
  const saved = await Promise.all(catalog.map((entry) => store.inProgress.get(profileId, entry.id)));
  const inProgress = new Set(catalog.filter((_, i) => saved[i]).map((entry) => entry.id));
  const counts = { best, inProgress, attemptCount: attempts.length };
  remembered.set(store, { profileId, records: counts });
  rememberPractised(attempts.length > 0 || inProgress.size > 0);
  return counts;
}

/** The active profile's best scores and resumable conversations. */
export function useLibraryRecords(catalog: readonly CatalogEntry[]): LibraryRecords {
  const { store, profile } = useAppData();
  const profileId = profile?.id;
  const load = useMemo(() => (store && profileId ? () => readCounts(store, profileId, catalog) : null), [store, profileId, catalog]);
  const { status, data, reload } = useLoaded(load, { initial: rememberedFor(store, profileId) });
  useReloadOnChange(store, READS, reload);
  // A library that cannot read records still lists every scenario: it shows them as not yet practised.
  const counts = data ?? (status === 'failed' ? EMPTY : null);
  return { loaded: status !== 'loading', known: counts !== null, ...(counts ?? EMPTY) };
}
