import type { Backend, TableName, Transaction } from './backend/backend.types';
import { isQuotaError, StorageQuotaError } from './errors';
import type { NoticeHub } from './notices';
import type { CheckedList } from './store.types';

/** What each part of the store shares: the backend, notices and the write path. */
export interface StoreContext {
  backend: Backend;
  hub: NoticeHub;
  /** A write transaction: quota errors become StorageQuotaError; other tabs hear of success. */
  write: <T>(tables: TableName[], work: (tx: Transaction) => Promise<T>) => Promise<T>;
  /** Keeps the rows that pass `isValid`; reports newly found unreadable ones. */
  check: <T>(table: TableName, rows: unknown[], isValid: (row: unknown) => row is T) => CheckedList<T>;
}

const NOUNS: Record<TableName, [string, string]> = {
  profiles: ['trainee profile', 'trainee profiles'],
  settings: ['setting', 'settings'],
  attempts: ['saved attempt', 'saved attempts'],
  inProgress: ['unfinished conversation', 'unfinished conversations'],
  drafts: ['scenario draft', 'scenario drafts'],
  outbox: ['queued learning record', 'queued learning records'],
  packScenarios: ['scenario added from a pack', 'scenarios added from packs'],
  packClips: ['voice clip added from a pack', 'voice clips added from packs'],
};

export function corruptMessage(table: TableName, count: number): string {
  const [one, many] = NOUNS[table];
  return count === 1
    ? `1 ${one} could not be read, so it is not shown. It has been kept as it was, not deleted.`
    : `${count} ${many} could not be read, so they are not shown. They have been kept as they were, not deleted.`;
}

/** A short identity for an unreadable row, so the same row is reported once per session. */
function identity(row: unknown): string {
  const fields = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {};
  const key = fields.id ?? fields.key ?? [fields.profileId, fields.scenarioId, fields.contentHash, fields.line];
  try {
    return JSON.stringify(key) ?? String(row);
  } catch {
    return String(row);
  }
}

export function createStoreContext(backend: Backend, hub: NoticeHub): StoreContext {
  const reported = new Set<string>();
  return {
    backend,
    hub,
    async write(tables, work) {
      try {
        const result = await backend.transact(tables, work);
        hub.announceChange(tables);
        return result;
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        const quota = new StorageQuotaError(error);
        hub.emit({ kind: 'quota', message: quota.message });
        throw quota;
      }
    },
    check(table, rows, isValid) {
      const records = [];
      let fresh = 0;
      for (const row of rows) {
        if (isValid(row)) {
          records.push(row);
          continue;
        }
        const id = `${table}:${identity(row)}`;
        if (!reported.has(id)) fresh += 1;
        reported.add(id);
      }
      const skipped = rows.length - records.length;
      if (fresh > 0) {
        hub.emit({ kind: 'corrupt-skipped', message: corruptMessage(table, fresh), count: fresh });
      }
      return { records, skipped };
    },
  };
}
