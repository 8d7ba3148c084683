import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../storage';
import { buildAttemptStatements } from './attempt-statements';
import { createLrsClient } from './lrs-client';
import type { FetchLike } from './lrs-http';
import { createOutboxSender, type OutboxSender } from './outbox-sender';
import { attemptRecord, xapiContext } from './testing/play-fixture';

const CONFIG = { endpoint: 'https://lrs.example/xAPI/', key: 'k', secret: 's', homePage: 'https://program.example' };
const stores: Store[] = [];
const senders: OutboxSender[] = [];
afterEach(() => {
  senders.splice(0).forEach((sender) => sender.stop());
  stores.splice(0).forEach((store) => store.close());
  localStorage.clear();
});

/** The Web Locks the tabs of one browser share, as far as the outbox uses them. */
function sharedLocks(): LockManager & { held: boolean } {
  const manager = {
    held: false,
    async request(_name: string, _options: LockOptions, work: (lock: Lock | null) => Promise<unknown>) {
      if (manager.held) return work(null);
      manager.held = true;
      try {
        return await work({ name: _name, mode: 'exclusive' });
      } finally {
        manager.held = false;
      }
    },
  };
  return manager as unknown as LockManager & { held: boolean };
}

/** An LRS that hangs (accepts, never answers) until `recover()`, then stores by id and counts every copy. */
function hangingLrs() {
  const received = new Map<string, number>();
  const state = { hanging: true };
  const fetchImpl: FetchLike = (_url, init) => {
    if (state.hanging) {
      return new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    const statements = JSON.parse(typeof init.body === 'string' ? init.body : '[]') as { id: string }[];
    for (const { id } of statements) received.set(id, (received.get(id) ?? 0) + 1);
    return Promise.resolve(Response.json(statements.map((s) => s.id)));
  };
  return { received, state, fetchImpl };
}

async function tab(name: string, options: Partial<Parameters<typeof createOutboxSender>[0]>) {
  const store = await openStore({ name });
  stores.push(store);
  const sender = createOutboxSender({ outbox: store.outbox, getConfig: async () => CONFIG, ...options });
  senders.push(sender);
  return { store, sender };
}

describe('outbox against a hung LRS', () => {
  it(
    'times out, releases the lock, and drains by itself once the LRS answers, each statement exactly once',
    { timeout: 15_000 },
    async () => {
      const lrs = hangingLrs();
      const locks = sharedLocks();
      const transport = () =>
        createLrsClient(CONFIG, { fetchImpl: lrs.fetchImpl, limits: () => ({ timeoutMs: 100, maxResponseBytes: 10_000 }) });
      const { store, sender } = await tab(`hung-${crypto.randomUUID()}`, { transport, locks, random: () => 0 });
      const statements = buildAttemptStatements(
        xapiContext('d0000000-0000-4000-8000-000000000001'),
        attemptRecord('d0000000-0000-4000-8000-000000000001'),
      );

      await sender.enqueue('p1', statements);
      await sender.drain();
      expect(locks.held).toBe(false);
      expect(sender.getStatus()).toMatchObject({
        queued: statements.length,
        sending: false,
        lastError: expect.stringMatching(/did not answer in time/),
      });

      // No drain, reload or `online` event from here: the back-off timer alone must deliver.
      lrs.state.hanging = false;
      await vi.waitFor(async () => expect(await store.outbox.count()).toBe(0), { timeout: 10_000, interval: 100 });
      expect(lrs.received.size).toBe(statements.length);
      expect([...lrs.received.values()].every((copies) => copies === 1)).toBe(true);
      await vi.waitFor(() => expect(sender.getStatus()).toMatchObject({ queued: 0, lastError: null }));
    },
  );

  it('does not pile up behind another tab’s drain, and retries after it', async () => {
    const locks = sharedLocks();
    const sent: string[] = [];
    const { sender } = await tab(`busy-${crypto.randomUUID()}`, {
      locks,
      busyRetryMs: 50,
      transport: () => ({ send: async (batch) => void sent.push(...batch.map((s) => s.id!)) }),
    });
    locks.held = true; // another tab is draining
    await sender.enqueue(
      'p1',
      buildAttemptStatements(xapiContext('d0000000-0000-4000-8000-000000000002'), attemptRecord('d0000000-0000-4000-8000-000000000002')),
    );
    await sender.drain();
    expect(sent).toEqual([]);
    expect(sender.getStatus().queued).toBeGreaterThan(0);
    locks.held = false;
    await vi.waitFor(() => expect(sender.getStatus().queued).toBe(0), { timeout: 3000 });
    expect(sent.length).toBeGreaterThan(0);
  });
});

describe('every tab shows the true queue and last problem', () => {
  it('follows another tab’s enqueue and its last problem', async () => {
    const name = `tabs-${crypto.randomUUID()}`;
    const first = await tab(name, { transport: () => ({ send: () => Promise.reject(new Error('down')) }) });
    const secondStore = await openStore({ name });
    stores.push(secondStore);
    const secondTarget = new EventTarget();
    const second = createOutboxSender({
      outbox: secondStore.outbox,
      getConfig: async () => null, // this tab does not send; it only shows
      watchOutbox: (changed) => secondStore.onChange((change) => change.tables.includes('outbox') && changed()),
    });
    senders.push(second);
    second.start(secondTarget);
    await vi.waitFor(() => expect(second.getStatus().queued).toBe(0));

    const statements = buildAttemptStatements(
      xapiContext('d0000000-0000-4000-8000-000000000003'),
      attemptRecord('d0000000-0000-4000-8000-000000000003'),
    );
    await first.sender.enqueue('p1', statements);
    await first.sender.drain();
    expect(first.sender.getStatus().lastError).not.toBeNull();
    await vi.waitFor(() => expect(second.getStatus().queued).toBe(statements.length), { timeout: 3000 });

    // The browser fires `storage` in the other tabs only; here the second tab is told by hand.
    secondTarget.dispatchEvent(Object.assign(new Event('storage'), { key: 'common-ground.xapi-sync' }));
    expect(second.getStatus().lastError).toBe(first.sender.getStatus().lastError);
  });
});
