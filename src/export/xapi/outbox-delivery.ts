import type { Statement } from './xapi-types';
import type { OutboxRecord } from '../../storage/storage.types';
import { backoffDelay } from './backoff';
import { describeLrsError, LrsError } from './lrs-error';

/** The storage layer's outbox (Store['outbox']), declared structurally. */
export interface OutboxPort {
  enqueue: (records: OutboxRecord[]) => Promise<void>;
  due: (now: number, limit: number) => Promise<OutboxRecord[]>;
  update: (record: OutboxRecord) => Promise<void>;
  remove: (ids: string[]) => Promise<void>;
  count: () => Promise<number>;
}

export interface StatementTransport {
  send: (statements: Statement[]) => Promise<void>;
}

export interface DeliveryHooks {
  now: () => number;
  random: () => number;
  succeeded: () => void;
  errored: (error: unknown) => void;
  /** A statement backed off: the drain should wake again by then. */
  retryAt: (at: number) => void;
}

/** New outbox entries for an attempt's statements, due now. Statements need their (deterministic) ids. */
export function outboxRecords(profileId: string, statements: Statement[], at: number): OutboxRecord[] {
  if (statements.some((statement) => !statement.id)) throw new Error('Only statements with an id can be queued');
  return statements.map((statement, i) => ({
    id: statement.id as string,
    profileId,
    statement: statement as unknown as Record<string, unknown>,
    attempts: 0,
    nextAttemptAt: at,
    status: 'pending',
    lastError: null,
    // Offsets keep an attempt's statements in order within a batch.
    createdAt: at + i,
  }));
}

/** HTTP statuses that mean "this statement will never be accepted": keep it, marked failed, and move on. */
const PERMANENT = new Set([400, 413]);

/**
 * What happens to a batch of due statements. A statement leaves the outbox
 * only when the LRS confirms it (2xx), or answers 409 for its id, meaning it
 * already holds it. A 400 or 413 marks it failed (kept, never resent); any
 * other failure backs off exponentially with jitter.
 */
export function createDelivery(outbox: OutboxPort, hooks: DeliveryHooks) {
  const backOff = async (records: OutboxRecord[], error: unknown): Promise<void> => {
    for (const record of records) {
      const attempts = record.attempts + 1;
      const nextAttemptAt = hooks.now() + backoffDelay(attempts, hooks.random);
      hooks.retryAt(nextAttemptAt);
      await outbox.update({ ...record, attempts, nextAttemptAt, status: 'pending', lastError: describeLrsError(error) });
    }
    hooks.errored(error);
  };

  /** One statement on its own; returns false when the LRS is failing and the drain should stop. */
  const sendOne = async (transport: StatementTransport, record: OutboxRecord): Promise<boolean> => {
    try {
      await transport.send([record.statement as unknown as Statement]);
    } catch (error) {
      const code = error instanceof LrsError ? error.status : -1;
      if (PERMANENT.has(code)) {
        await outbox.update({ ...record, attempts: record.attempts + 1, status: 'failed', lastError: describeLrsError(error) });
        hooks.errored(error);
        return true;
      }
      if (code !== 409) {
        await backOff([record], error);
        return false;
      }
    }
    await outbox.remove([record.id]);
    hooks.succeeded();
    return true;
  };

  const sendBatch = async (transport: StatementTransport, batch: OutboxRecord[]): Promise<boolean> => {
    try {
      await transport.send(batch.map((record) => record.statement as unknown as Statement));
      await outbox.remove(batch.map((record) => record.id));
      hooks.succeeded();
      return true;
    } catch (error) {
      const code = error instanceof LrsError ? error.status : -1;
      // A batch is all-or-nothing: find the statement the LRS objects to by sending one at a time.
      if (code === 409 || PERMANENT.has(code) || batch.length === 1) {
        for (const record of batch) if (!(await sendOne(transport, record))) return false;
        return true;
      }
      await backOff(batch, error);
      return false;
    }
  };

  return { sendBatch };
}
