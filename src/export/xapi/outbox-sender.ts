import type { Statement } from '@xapi/xapi';
import type { LrsConfig } from './lrs-client';
import { describeLrsError } from './lrs-error';
import { createDelivery, outboxRecords, type OutboxPort, type StatementTransport } from './outbox-delivery';
import { INITIAL_SYNC_STATUS, loadRememberedStatus, rememberStatus, type SyncStatus } from './sync-status';

export type { OutboxPort, StatementTransport } from './outbox-delivery';

export interface SenderOptions {
  outbox: OutboxPort;
  /** Read fresh before every drain, so edited settings apply at once. */
  getConfig: () => Promise<LrsConfig | null>;
  /** Defaults to @xapi/xapi, loaded only once there is something to send. */
  transport?: (config: LrsConfig) => StatementTransport | Promise<StatementTransport>;
  now?: () => number;
  random?: () => number;
  batchSize?: number;
}

export interface OutboxSender {
  /** Queues the statements (kept once per id), then starts a drain. */
  enqueue(profileId: string, statements: Statement[]): Promise<void>;
  /** Sends every due statement; resolves when this drain (and any requested meanwhile) ends. */
  drain(): Promise<void>;
  /** Like drain, but ignores back-off: the page loaded, the network came back, or settings changed. */
  retryNow(): Promise<void>;
  getStatus(): SyncStatus;
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /** Drains now and whenever the browser comes back online; returns a stop function. */
  start(target?: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void;
  /** Cancels the back-off timer and any further scheduled drains. */
  stop(): void;
}

/**
 * The outbox drain: when to send (on start, on enqueue, when the browser is
 * back online, when a back-off ends), one drain at a time across tabs, and
 * the sync status the Settings page shows. What happens to each batch is
 * outbox-delivery.ts. Statement ids are deterministic, so a send repeated
 * after a crash or from a second tab is stored once.
 */
export function createOutboxSender(options: SenderOptions): OutboxSender {
  const { outbox, getConfig } = options;
  const transportFor =
    options.transport ?? (async (config: LrsConfig) => (await import('./lrs-client')).createLrsClient(config));
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const batchSize = options.batchSize ?? 50;
  const listeners = new Set<(status: SyncStatus) => void>();
  let status: SyncStatus = { ...INITIAL_SYNC_STATUS, ...loadRememberedStatus() };
  let running: Promise<void> | null = null;
  let pending: { force: boolean } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let wakeAt = Infinity;

  const setStatus = (patch: Partial<SyncStatus>): void => {
    status = { ...status, ...patch };
    rememberStatus(status);
    for (const listener of listeners) listener(status);
  };
  const succeeded = (): void => setStatus({ lastSuccessAt: now(), lastError: null, lastErrorAt: null });
  const errored = (error: unknown): void => setStatus({ lastError: describeLrsError(error), lastErrorAt: now() });

  const delivery = createDelivery(outbox, {
    now,
    random,
    succeeded,
    errored,
    retryAt: (at) => {
      wakeAt = Math.min(wakeAt, at);
    },
  });

  const drainOnce = async (force: boolean): Promise<void> => {
    const config = await getConfig();
    setStatus({ configured: config !== null });
    if (!config) return;
    let transport: StatementTransport | null = null;
    setStatus({ sending: true });
    try {
      for (;;) {
        const batch = await outbox.due(force ? Number.MAX_SAFE_INTEGER : now(), batchSize);
        if (batch.length === 0) break;
        transport ??= await transportFor(config);
        if (!(await delivery.sendBatch(transport, batch))) break;
      }
    } finally {
      setStatus({ sending: false });
    }
  };

  let stopped = false;
  const scheduleWake = (): void => {
    if (stopped || timer !== null || wakeAt === Infinity) return;
    const delay = Math.max(0, wakeAt - now());
    wakeAt = Infinity;
    timer = setTimeout(() => {
      timer = null;
      void run(false);
    }, delay);
  };

  const refreshCount = async (): Promise<void> => {
    setStatus({ queued: await outbox.count() });
  };

  const withLock = (work: () => Promise<void>): Promise<void> => {
    // Tabs of the same app share the outbox; one drains at a time.
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    return locks ? locks.request('common-ground-xapi-outbox', work) : work();
  };

  function run(force: boolean): Promise<void> {
    if (running) {
      pending = { force: force || (pending?.force ?? false) };
      return running;
    }
    running = (async () => {
      let forced = force;
      for (;;) {
        try {
          await withLock(() => drainOnce(forced));
          await refreshCount();
        } catch (error) {
          errored(error);
        }
        // A drain asked for while this one ran (say, a new enqueue) runs next;
        // nothing awaits between this check and `running = null`, so none is lost.
        if (!pending) break;
        forced = pending.force;
        pending = null;
      }
      scheduleWake();
      running = null;
    })();
    return running;
  }

  const stop = (): void => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  return {
    async enqueue(profileId, statements) {
      await outbox.enqueue(outboxRecords(profileId, statements, now()));
      void run(false);
    },
    drain: () => run(false),
    retryNow: () => run(true),
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start(target = globalThis as unknown as Window) {
      const onOnline = (): void => void run(true);
      stopped = false;
      target.addEventListener('online', onOnline);
      void run(true);
      return () => {
        target.removeEventListener('online', onOnline);
        stop();
      };
    },
    stop,
  };
}
