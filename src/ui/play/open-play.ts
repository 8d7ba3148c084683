import type { PlayFrom } from '../app/parse-route';
import type { StorePort } from '../data/store-port';
import type { InProgressRecord } from '../../storage/storage.types';
import type { CompiledScenario } from '../scenarios/engine';
import type { AttemptInput } from './attempt-context';
import { startAttempt } from './attempt-actor';
import type { AttemptActor } from './attempt-machine';

export interface OpenedPlay {
  /** The attempt's statechart, started: created once per attempt, outside React. */
  attempt: AttemptActor;
  compiled: CompiledScenario;
  /** Said once to the trainee, e.g. that a saved conversation could not be resumed. */
  notice: string | null;
}

/** A saved conversation that exists but cannot be resumed: nothing has started and the save is untouched. */
export interface DamagedSave {
  damaged: true;
  message: string;
}

export const DAMAGED_SAVE_MESSAGE = 'This attempt could not be resumed: its saved state is damaged. Your earlier attempts are safe.';

interface Options {
  scenarioId: string;
  profileId: string;
  store: StorePort;
  timeLimitFactor: 1 | 2 | 4 | null;
  /** Free-text mode's settings when the attempt opens. */
  freeText?: FreeTextSettings;
  /** The whole scenario: what the attempt is scored with when it ends. */
  loadScenario: (id: string) => Promise<CompiledScenario>;
  /** The play screen's copy, lighter to load first (ScenarioSource.loadForPlay); absent: loadScenario. */
  loadForPlay?: (id: string) => Promise<CompiledScenario>;
  /** Checked after each await: a cancelled open must leave no trace (React StrictMode, fast navigation). */
  isCancelled: () => boolean;
  /** "Try again from this decision": start a new attempt at that attempt's checkpoint. */
  from?: PlayFrom;
  /** The trainee chose to start afresh over a damaged save: if it still cannot be resumed, the new attempt's first save replaces it. */
  replaceDamaged?: boolean;
}

/**
 * Loads the scenario and continues its saved conversation when there is one
 * for exactly this content; otherwise starts a new attempt. A save for this
 * content that cannot be resumed is left as it is and reported (DamagedSave)
 * rather than overwritten, until the trainee chooses to start afresh. Returns
 * null if cancelled before it started anything.
 */
export async function openPlay(options: Options): Promise<OpenedPlay | DamagedSave | null> {
  const { scenarioId, profileId, store, timeLimitFactor, freeText, isCancelled } = options;
  const compiled = await (options.loadForPlay ?? options.loadScenario)(scenarioId);
  if (isCancelled()) return null;
  const loadWhole = compiled.playOnly ? () => options.loadScenario(scenarioId) : undefined;
  const base = { compiled, loadWhole, store, profileId, timeLimitFactor };
  let notice: string | null = null;
  if (options.from) {
    const retryFreeText = await freeTextFor(freeText, null);
    if (isCancelled()) return null;
    const retry = await openRetry({ ...base, freeText: retryFreeText }, options.from, isCancelled);
    if (retry === null || typeof retry === 'object') return retry;
    notice = retry;
  }
  let saved = await store.inProgress.get(profileId, scenarioId);
  if (isCancelled()) return null;
  if (saved && saved.contentHash !== compiled.contentHash) {
    // A snapshot of changed content may point at states that no longer exist.
    saved = null;
    notice = 'This scenario has changed since you last played it, so it starts again from the beginning.';
  }
  const withFreeText = { ...base, freeText: await freeTextFor(freeText, saved ?? null) };
  if (isCancelled()) return null;
  try {
    const attempt = startAttempt({ ...withFreeText, saved: saved ?? null });
    // Ended while offline (or the tab closed while it was scored): the attempt finishes saving it now.
    if (saved && attempt.getSnapshot().context.view.status === 'ended')
      notice = 'This attempt ended before it could be saved. It is being saved now.';
    return { attempt, compiled, notice };
  } catch (error) {
    if (!saved) throw error;
    // Garbled, cut off, or another scenario's: a fresh attempt would overwrite it at its first save.
    console.warn('Saved conversation could not be resumed', error);
    if (!options.replaceDamaged) return { damaged: true, message: DAMAGED_SAVE_MESSAGE };
    return { attempt: startAttempt({ ...withFreeText, saved: null }), compiled, notice: null };
  }
}

type Base = AttemptInput;
type FreeTextSettings = Omit<NonNullable<Base['freeText']>, 'Answers'>;

/**
 * The free-text bookkeeping, fetched only for an attempt that may be answered
 * in the trainee's own words (the setting is on or asks, or the saved
 * conversation was answered so): it stays off the play route's first load.
 */
async function freeTextFor(settings: FreeTextSettings | undefined, saved: InProgressRecord | null): Promise<Base['freeText']> {
  const mode = settings?.mode ?? 'off';
  if (mode === 'off' && !saved?.freeText) return undefined;
  const { FreeTextAnswers } = await import('./free-text-answers');
  return { mode, keepWords: settings?.keepWords ?? true, Answers: FreeTextAnswers };
}

/** A new attempt at an earlier attempt's checkpoint; otherwise the notice saying why not (null if cancelled). */
async function openRetry(base: Omit<Base, 'saved'>, from: PlayFrom, isCancelled: () => boolean): Promise<OpenedPlay | string | null> {
  // Only a "try this decision again" link needs it: kept off the play route's first load.
  const { retryCheckpoint } = await import('./retry-checkpoint');
  const found = await retryCheckpoint(base.store, base.profileId, base.compiled, from);
  if (isCancelled()) return null;
  const decision = `decision ${from.turn + 1}`;
  if (!found.ok) return `Decision ${from.turn + 1} could not be restored (${found.reason}), so the scenario opens as usual.`;
  try {
    const attempt = startAttempt({ ...base, saved: null, from: found.start });
    const notice = `You are trying ${decision} again, with the patient as they were then. This is a new attempt; the earlier one is kept.`;
    return { attempt, compiled: base.compiled, notice };
  } catch (error) {
    console.warn('Checkpoint could not be restored', error);
    return `Decision ${from.turn + 1} could not be restored, so the scenario opens as usual.`;
  }
}
