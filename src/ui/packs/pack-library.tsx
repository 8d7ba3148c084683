import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { PackScenarioRecord } from '../../storage/storage.types';
import { useAppData } from '../data/app-data-context';
import { useLoaded } from '../data/use-loaded';
import { useReloadOnChange, type ChangedTable } from '../data/use-reload-on-change';
import type { CompiledScenario } from '../scenarios/engine';
import { ScenarioSourceProvider, type ScenarioSource } from '../scenarios/scenario-source';
import type { PackView } from './pack-entries';

/** The scenarios added from packs that the library lists (replaced versions are not), and what can be done with them. */
export interface PackLibrary {
  /** Null until storage has been read. */
  current: PackScenarioRecord[] | null;
  /** The ids built into the app, which a pack may not reuse. */
  builtInIds: ReadonlySet<string>;
}

const NONE: PackScenarioRecord[] = [];
/** A pack added or removed, here or in another tab. */
const READS: readonly ChangedTable[] = ['packScenarios'];

const PackLibraryContext = createContext<PackLibrary>({ current: [], builtInIds: new Set() });

export function usePackLibrary(): PackLibrary {
  return useContext(PackLibraryContext);
}

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/**
 * The app's scenario source: the built-in scenarios plus those added from
 * packs, read from storage (so they play offline). A play route opened
 * before storage has loaded waits for it rather than reporting an unknown
 * scenario.
 */
export function PackScenarioSource({ base, children }: { base: ScenarioSource; children: ReactNode }) {
  const { store, error } = useAppData();
  const [loadedView, setView] = useState<PackView>({ current: null, catalog: base.catalog });
  const firstRead = useRef(deferred<PackScenarioRecord[]>());
  const latest = useRef<PackScenarioRecord[] | null>(null);
  const builtInIds = useMemo(() => new Set(base.catalog.map((entry) => entry.id)), [base.catalog]);

  // No storage at all: nothing was added, and a scenario asked for must not wait for it.
  useEffect(() => {
    if (error) firstRead.current.resolve([]);
  }, [error]);

  const load = useMemo(() => (store ? async () => (await store.packScenarios?.list())?.records ?? NONE : null), [store]);
  const { status, data: records, reload } = useLoaded(load);
  useReloadOnChange(store, READS, reload);

  // Unreadable storage: the built-in scenarios still play (the store has said why); a first read that
  // failed counts as no packs, a later one keeps what was read before.
  const settled = status === 'loading' ? null : (records ?? NONE);
  useEffect(() => {
    if (!settled) return;
    latest.current = settled;
    firstRead.current.resolve(settled);
    // No packs (most trainees): nothing to list, and no code to fetch while the first screen is still loading.
    if (settled.length === 0) return;
    // The library's entries load after the first screen, with the code that makes them.
    let live = true;
    import('./pack-entries').then(
      ({ packView }) => live && setView(packView(settled, base.catalog, builtInIds)),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [settled, base.catalog, builtInIds]);
  const { current, catalog } = settled?.length === 0 ? { current: settled, catalog: base.catalog } : loadedView;

  // Stable while packs load and change: screens that loaded a scenario must not load it again.
  const loadScenario = useCallback(
    async (id: string): Promise<CompiledScenario> => {
      if (builtInIds.has(id)) return base.loadScenario(id);
      const record = (latest.current ?? (await firstRead.current.promise)).find((r) => r.scenarioId === id && r.replacedAt === null);
      if (!record) throw new Error(`No scenario "${id}"`);
      return record.compiled;
    },
    [base, builtInIds],
  );
  // Pack scenarios come whole from storage; only built-in ones have a lighter copy for play.
  const loadForPlay = useCallback(
    (id: string) => (builtInIds.has(id) && base.loadForPlay ? base.loadForPlay(id) : loadScenario(id)),
    [base, builtInIds, loadScenario],
  );
  const loadVersion = useCallback(async (contentHash: string) => (await store?.packScenarios?.get(contentHash))?.compiled ?? null, [store]);
  const source = useMemo<ScenarioSource>(
    () => ({ catalog, loadScenario, loadForPlay, loadVersion }),
    [catalog, loadScenario, loadForPlay, loadVersion],
  );
  const library = useMemo<PackLibrary>(() => ({ current, builtInIds }), [current, builtInIds]);
  return (
    <PackLibraryContext.Provider value={library}>
      <ScenarioSourceProvider source={source}>{children}</ScenarioSourceProvider>
    </PackLibraryContext.Provider>
  );
}
