import type { PlayFrom } from '../app/parse-route';
import type { StorePort } from '../data/store-port';
import type { CompiledScenario } from '../scenarios/engine';

/** Where a "try again from this decision" attempt starts: the checkpoint and those before it. */
export interface RetryStart {
  snapshot: string;
  checkpoints: string[];
}

export type RetryLookup = { ok: true; start: RetryStart } | { ok: false; reason: string };

/**
 * The engine snapshot saved before decision `from.turn` of one of this
 * profile's attempts at exactly this scenario content; otherwise why not.
 */
export async function retryCheckpoint(
  store: StorePort,
  profileId: string,
  compiled: CompiledScenario,
  from: PlayFrom,
): Promise<RetryLookup> {
  const record = await store.attempts.get(from.attemptId);
  if (!record || record.profileId !== profileId || record.scenarioId !== compiled.scenario.id)
    return { ok: false, reason: 'that attempt is not saved for this profile' };
  if (record.contentHash !== compiled.contentHash) return { ok: false, reason: 'the scenario has changed since that attempt' };
  const snapshot = record.checkpoints[from.turn];
  if (snapshot === undefined) return { ok: false, reason: 'that decision has no saved checkpoint' };
  return { ok: true, start: { snapshot, checkpoints: record.checkpoints.slice(0, from.turn + 1) } };
}
