import type { StorePort } from '../data/store-port';
import type { CompiledScenario } from '../scenarios/engine';
import { PlayController } from './play-controller';

export interface OpenedPlay {
  controller: PlayController;
  compiled: CompiledScenario;
  /** Said once to the trainee, e.g. that a saved conversation could not be resumed. */
  notice: string | null;
}

interface Options {
  scenarioId: string;
  profileId: string;
  store: StorePort;
  timeLimitFactor: 1 | 2 | 4 | null;
  loadScenario: (id: string) => Promise<CompiledScenario>;
  /** Checked after each await: a cancelled open must leave no trace (React StrictMode, fast navigation). */
  isCancelled: () => boolean;
}

/**
 * Loads the scenario and continues its saved conversation when there is one
 * for exactly this content; otherwise starts a new attempt. Returns null if
 * cancelled before it started anything.
 */
export async function openPlay(options: Options): Promise<OpenedPlay | null> {
  const { scenarioId, profileId, store, timeLimitFactor, isCancelled } = options;
  const compiled = await options.loadScenario(scenarioId);
  if (isCancelled()) return null;
  let saved = await store.inProgress.get(profileId, scenarioId);
  if (isCancelled()) return null;
  let notice: string | null = null;
  if (saved && saved.contentHash !== compiled.contentHash) {
    // A snapshot of changed content may point at states that no longer exist.
    saved = null;
    notice = 'This scenario has changed since you last played it, so it starts again from the beginning.';
  }
  const base = { compiled, store, profileId, timeLimitFactor };
  try {
    return { controller: new PlayController({ ...base, saved: saved ?? null }), compiled, notice };
  } catch (error) {
    if (!saved) throw error;
    console.warn('Saved conversation could not be resumed', error);
    const fresh = new PlayController({ ...base, saved: null });
    return { controller: fresh, compiled, notice: 'Your saved conversation could not be resumed, so it starts again.' };
  }
}
