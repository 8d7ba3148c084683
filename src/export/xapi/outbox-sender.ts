import type { LrsTarget } from './lrs-access';
import { describeLrsError } from './lrs-error';
import { createDelivery, outboxRecords, type OutboxPort, type StatementTransport } from './outbox-delivery';
import { tryWithOutboxLock } from './outbox-lock';
import { INITIAL_SYNC_STATUS, loadRememberedStatus, onRememberedStatusChange, rememberStatus, type SyncStatus } from './sync-status';
import type { Statement } from './xapi-types';

export type { OutboxPort, StatementTransport } from './outbox-delivery';

export interface SenderOptions {
  outbox: OutboxPort;
  /** Read fresh before every drain, so edited settings (or a launch) apply at once. */
  getConfig: () => Promise<LrsTarget | null>;
  /** Defaults to our fetch client (lrs-client.ts), loaded only once there is something to send. */
  transport?: (config: LrsTarget) => StatementTransport | Promise<StatementTransport>;
  /**
   * Tells the sender when the outbox changed, in this tab or another (the
   * store's onChange), so the queued count every tab shows is the true one.
   */
  watchOutbox?: (changed: () => void) => () => void;
  now?: () => number;
  random?: () => number;
  batchSize?: number;
  /** How soon to look again when another tab holds the outbox lock. */
  busyRetryMs?: number;
  /** The tabs' shared locks; defaults to navigator.locks. */
  locks?: LockManager;
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
  /** Drains now, whenever the browser comes back online, and follows other tabs; returns a stop function. */
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
    options.transport ?? (async (config: LrsTarget) => (await import('./lrs-client')).createLrsClient(config));
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const batchSize = options.batchSize ?? 50;
  const busyRetryMs = options.busyRetryMs ?? 2_000;
  const listeners = new Set<(status: SyncStatus) => void>();
  let status: SyncStatus = { ...INITIAL_SYNC_STATUS, ...loadRememberedStatus() };
  let running: Promise<void> | null = null;
  let pending: { force: boolean } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let wakeAt = Infinity;

  /** `share` is false for news from another tab, which has already stored it. */
  const setStatus = (patch: Partial<SyncStatus>, share = true): void => {
    status = { ...status, ...patch };
    if (share && ('lastError' in patch || 'lastSuccessAt' in patch)) rememberStatus(status);
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
  let timerAt = Infinity;
  const scheduleWake = (): void => {
    if (stopped || wakeAt === Infinity) return;
    // An earlier wake replaces a later one (a new back-off, or another tab's).
    if (timer !== null && timerAt <= wakeAt) {
      wakeAt = Infinity;
      return;
    }
    if (timer !== null) clearTimeout(timer);
    timerAt = wakeAt;
    const delay = Math.max(0, wakeAt - now());
    wakeAt = Infinity;
    timer = setTimeout(() => {
      timer = null;
      timerAt = Infinity;
      void run(false);
    }, delay);
  };

  /**
   * The earliest back-off in the queue, whoever set it: a tab whose drain
   * was backed off may close, and the statements must still go without a
   * reload.
   */
  const wakeForQueue = async (): Promise<void> => {
    const [next] = await outbox.due(Number.MAX_SAFE_INTEGER, 1);
    if (next) wakeAt = Math.min(wakeAt, next.nextAttemptAt);
  };

  const refreshCount = async (): Promise<void> => {
    setStatus({ queued: await outbox.count() });
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
          // Counted before the lock too, so a tab waiting on another shows the true queue.
          await refreshCount();
          const ran = await tryWithOutboxLock(() => drainOnce(forced), options.locks ?? globalThis.navigator?.locks);
          if (!ran) wakeAt = Math.min(wakeAt, now() + busyRetryMs);
          await refreshCount();
          if ((await getConfig()) !== null) await wakeForQueue();
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
    timerAt = Infinity;
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
      const unfollowStatus = onRememberedStatusChange(target, (remembered) => setStatus(remembered, false));
      const unwatch = options.watchOutbox?.(() => void refreshCount().catch(() => undefined)) ?? (() => {});
      void run(true);
      return () => {
        target.removeEventListener('online', onOnline);
        unfollowStatus();
        unwatch();
        stop();
      };
    },
    stop,
  };
}
