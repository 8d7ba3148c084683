import { createContext, useContext, type ReactNode } from 'react';
import type { CatalogEntry } from '../../engine/trainee';
import type { CompiledScenario } from './engine';

/** One scenario as the library lists it (from the build plugin's catalog). */
export type { CatalogEntry };

/** The scenarios the app can play: a catalog to list and a loader for one built scenario. */
export interface ScenarioSource {
  catalog: readonly CatalogEntry[];
  loadScenario: (id: string) => Promise<CompiledScenario>;
  /**
   * The play screen's copy, lighter for the play route's first load: without
   * the feedback and analysis only scoring and the debrief read (playOnly).
   * Absent: the play screen uses loadScenario.
   */
  loadForPlay?: (id: string) => Promise<CompiledScenario>;
  /** A version no longer listed (a replaced pack scenario), by content hash, for re-checking old attempts. */
  loadVersion?: (contentHash: string) => Promise<CompiledScenario | null>;
}

const ScenarioSourceContext = createContext<ScenarioSource>({
  catalog: [],
  loadScenario: (id) => Promise.reject(new Error(`No scenario source to load "${id}" from`)),
});

export function ScenarioSourceProvider({ source, children }: { source: ScenarioSource; children: ReactNode }) {
  return <ScenarioSourceContext.Provider value={source}>{children}</ScenarioSourceContext.Provider>;
}

export function useScenarioSource(): ScenarioSource {
  return useContext(ScenarioSourceContext);
}
