import { isQuotaError } from '../../storage/errors';
import type { AttemptRecord, InProgressRecord } from '../../storage/storage.types';
import type { StorePort } from '../data/store-port';
import { offlineSaveMessage } from '../offline/save-error-message';
import { attemptEvents } from './attempt-observers';
import { saveProblemMessage } from './save-retry';

/**
 * A write the attempt owes storage: the conversation's latest progress, or an
 * attempt ended early (saved as abandoned, which clears its progress).
 */
export type Write = { kind: 'progress'; record: InProgressRecord } | { kind: 'abandoned'; record: AttemptRecord };

/**
 * Owed writes are kept oldest first and run one at a time, so an older
 * snapshot never overwrites a newer one. Progress is owed once: a newer
 * snapshot replaces a waiting one.
 */
export function withProgress(writes: readonly Write[], record: InProgressRecord): Write[] {
  const waiting = writes.findIndex((write) => write.kind === 'progress');
  if (waiting === -1) return [...writes, { kind: 'progress', record }];
  return writes.map((write, index) => (index === waiting ? { kind: 'progress', record } : write));
}

/** A saved attempt replaces its conversation's progress: an older snapshot must not bring it back. */
export function withoutProgress(writes: readonly Write[]): Write[] {
  return writes.filter((write) => write.kind !== 'progress');
}

export function withAbandoned(writes: readonly Write[], record: AttemptRecord): Write[] {
  return [...withoutProgress(writes), { kind: 'abandoned', record }];
}

export async function performWrite(store: StorePort, write: Write): Promise<void> {
  if (write.kind === 'progress') {
    await store.inProgress.save(write.record);
    return;
  }
  await saveFinished(store, write.record);
  attemptEvents.abandoned(write.record);
}

/** Saves a finished or abandoned attempt and clears the progress it replaces. */
export async function saveFinished(store: StorePort, record: AttemptRecord): Promise<void> {
  await store.attempts.save(record);
  await store.inProgress.clear(record.profileId, record.scenarioId);
}

/** The one message the play screen shows while saving fails, in plain words. */
export function problemMessage(error: unknown): string {
  return offlineSaveMessage(error) ?? saveProblemMessage(isQuotaError(error), error instanceof Error ? error.message : String(error));
}
