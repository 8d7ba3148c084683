import { createActor } from 'xstate';
import { createListeners } from '../../engine/trainee';
import { drainMachine } from './drain-machine';
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
  enqueue: (profileId: string, statements: Statement[]) => Promise<void>;
  /** Sends every due statement; resolves when this drain (and any requested meanwhile) ends. */
  drain: () => Promise<void>;
  /** Like drain, but ignores back-off: the page loaded, the network came back, or settings changed. */
  retryNow: () => Promise<void>;
  getStatus: () => SyncStatus;
  subscribe: (listener: (status: SyncStatus) => void) => () => void;
  /** Drains now, whenever the browser comes back online, and follows other tabs; returns a stop function. */
  start: (target?: Pick<Window, 'addEventListener' | 'removeEventListener'>) => () => void;
  /** Cancels the back-off timer and any further scheduled drains. */
  stop: () => void;
}

/**
 * The outbox drain: when to send (on start, on enqueue, when the browser is
 * back online, when a back-off ends: drain-machine.ts), one drain at a time
 * across tabs, and the sync status the Settings page shows. What happens to
 * each batch is outbox-delivery.ts. Statement ids are deterministic, so a send repeated
 * after a crash or from a second tab is stored once.
 */
export function createOutboxSender(options: SenderOptions): OutboxSender {
  const { outbox, getConfig } = options;
  const transportFor = options.transport ?? (async (config: LrsTarget) => (await import('./lrs-client')).createLrsClient(config));
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const batchSize = options.batchSize ?? 50;
  const busyRetryMs = options.busyRetryMs ?? 2_000;
  const listeners = createListeners<SyncStatus>();
  let status: SyncStatus = { ...INITIAL_SYNC_STATUS, ...loadRememberedStatus() };
  /** The earliest back-off the delivery set during the current pass. */
  let backOffUntil = Infinity;

  /** `share` is false for news from another tab, which has already stored it. */
  const setStatus = (patch: Partial<SyncStatus>, share = true): void => {
    status = { ...status, ...patch };
    if (share && ('lastError' in patch || 'lastSuccessAt' in patch)) rememberStatus(status);
    listeners.emit(status);
  };
  const succeeded = (): void => setStatus({ lastSuccessAt: now(), lastError: null, lastErrorAt: null });
  const errored = (error: unknown): void => setStatus({ lastError: describeLrsError(error), lastErrorAt: now() });

  const delivery = createDelivery(outbox, {
    now,
    random,
    succeeded,
    errored,
    retryAt: (at) => {
      backOffUntil = Math.min(backOffUntil, at);
    },
  });

  const sendDue = async (force: boolean): Promise<void> => {
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

  /**
   * The earliest back-off in the queue, whoever set it: a tab whose drain
   * was backed off may close, and the statements must still go without a
   * reload.
   */
  const nextInQueue = async (): Promise<number> => {
    const [next] = await outbox.due(Number.MAX_SAFE_INTEGER, 1);
    return next ? next.nextAttemptAt : Infinity;
  };

  const refreshCount = async (): Promise<void> => {
    setStatus({ queued: await outbox.count() });
  };

  /** One pass for the drain machine; resolves with when the next is due. */
  const drainOnce = async (force: boolean): Promise<number> => {
    let wakeAt = Infinity;
    try {
      // Counted before the lock too, so a tab waiting on another shows the true queue.
      await refreshCount();
      const ran = await tryWithOutboxLock(() => sendDue(force), options.locks ?? globalThis.navigator?.locks);
      if (!ran) wakeAt = now() + busyRetryMs;
      await refreshCount();
      if ((await getConfig()) !== null) wakeAt = Math.min(wakeAt, await nextInQueue());
    } catch (error) {
      errored(error);
    }
    wakeAt = Math.min(wakeAt, backOffUntil);
    backOffUntil = Infinity;
    return wakeAt;
  };

  const drain = createActor(drainMachine, { input: { drainOnce, now, errored } });
  drain.start();

  /** Asks for a pass; resolves once the outbox is idle again (this pass, and any asked for meanwhile, done). */
  function run(force: boolean): Promise<void> {
    drain.send({ type: 'DRAIN', force });
    return new Promise((resolve) => {
      const settled = () => !drain.getSnapshot().matches('draining');
      if (settled()) return resolve();
      const subscription = drain.subscribe(() => {
        if (!settled()) return;
        subscription.unsubscribe();
        resolve();
      });
    });
  }

  const stop = (): void => {
    drain.send({ type: 'STOP' });
  };

  return {
    async enqueue(profileId, statements) {
      await outbox.enqueue(outboxRecords(profileId, statements, now()));
      void run(false);
    },
    drain: () => run(false),
    retryNow: () => run(true),
    getStatus: () => status,
    subscribe: (listener) => listeners.subscribe(listener),
    start(target = globalThis) {
      const onOnline = (): void => void run(true);
      drain.send({ type: 'START' });
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
