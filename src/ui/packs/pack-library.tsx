import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { PackScenarioRecord } from '../../storage/storage.types';
import { toCatalogEntry } from '../../engine/trainee';
import { useAppData } from '../data/app-data-context';
import type { CompiledScenario } from '../scenarios/engine';
import { ScenarioSourceProvider, type ScenarioSource } from '../scenarios/scenario-source';

/** The scenarios added from packs that the library lists (replaced versions are not), and what can be done with them. */
export interface PackLibrary {
  /** Null until storage has been read. */
  current: PackScenarioRecord[] | null;
  /** The ids built into the app, which a pack may not reuse. */
  builtInIds: ReadonlySet<string>;
  reload(): Promise<void>;
}

const PackLibraryContext = createContext<PackLibrary>({ current: [], builtInIds: new Set(), reload: async () => {} });

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
  const [records, setRecords] = useState<PackScenarioRecord[] | null>(null);
  const firstRead = useRef(deferred<PackScenarioRecord[]>());
  const latest = useRef<PackScenarioRecord[] | null>(null);
  const builtInIds = useMemo(() => new Set(base.catalog.map((entry) => entry.id)), [base.catalog]);

  const apply = useCallback((read: PackScenarioRecord[]) => {
    latest.current = read;
    firstRead.current.resolve(read);
    setRecords(read);
  }, []);
  const read = useCallback(async () => (store?.packScenarios ? (await store.packScenarios.list()).records : []), [store]);
  const reload = useCallback(async () => apply(await read()), [apply, read]);

  // No storage at all: nothing was added, and a scenario asked for must not wait for it.
  useEffect(() => {
    if (error) firstRead.current.resolve([]);
  }, [error]);

  useEffect(() => {
    if (!store) return;
    // Unreadable storage: the built-in scenarios still play; the store has said why.
    read().then(apply, () => apply([]));
    return store.onChange((change) => {
      if (change.tables.includes('packScenarios')) read().then(apply, () => {});
    });
  }, [store, read, apply]);

  const current = useMemo(
    () => records?.filter((record) => record.replacedAt === null && !builtInIds.has(record.scenarioId)) ?? null,
    [records, builtInIds],
  );

  // Stable while packs load and change: screens that loaded a scenario must not load it again.
  const loadScenario = useCallback(
    async (id: string): Promise<CompiledScenario> => {
      if (builtInIds.has(id)) return base.loadScenario(id);
      const all = latest.current ?? (await firstRead.current.promise);
      const record = all.find((r) => r.scenarioId === id && r.replacedAt === null);
      if (!record) throw new Error(`There is no scenario "${id}" in this app or among the scenarios added from packs.`);
      return record.compiled;
    },
    [base, builtInIds],
  );
  const loadVersion = useCallback(
    async (contentHash: string) => {
      await firstRead.current.promise;
      return (await store?.packScenarios?.get(contentHash))?.compiled ?? null;
    },
    [store],
  );
  const catalog = useMemo(
    () => (current && current.length > 0 ? [...base.catalog, ...current.map((record) => toCatalogEntry(record.compiled))] : base.catalog),
    [base.catalog, current],
  );
  const source = useMemo<ScenarioSource>(() => ({ catalog, loadScenario, loadVersion }), [catalog, loadScenario, loadVersion]);

  const library = useMemo<PackLibrary>(() => ({ current, builtInIds, reload }), [current, builtInIds, reload]);
  return (
    <PackLibraryContext.Provider value={library}>
      <ScenarioSourceProvider source={source}>{children}</ScenarioSourceProvider>
    </PackLibraryContext.Provider>
  );
}
