import type { Statement } from './xapi-types';
import { withRecordTransfer } from '../backup/record-transfer';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../storage';
import { buildAttemptStatements } from './attempt-statements';
import type { LrsConfig } from './lrs-client';
import { LrsError } from './lrs-error';
import { createOutboxSender, type StatementTransport } from './outbox-sender';
import { attemptRecord, xapiContext } from './testing/play-fixture';

const CONFIG: LrsConfig = { endpoint: 'https://lrs.example/xAPI/', key: 'k', secret: 's3cret', homePage: 'https://program.example' };
const stores: Store[] = [];
let dbCount = 0;

async function freshStore(name = `outbox-test-${++dbCount}`): Promise<Store> {
  const store = await openStore({ name });
  stores.push(store);
  return store;
}

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  localStorage.clear();
});

/** A fake LRS: stores by id, 409 on a different statement with a known id, or fails on demand. */
function fakeLrs() {
  const stored = new Map<string, string>();
  const state = { fail: null as number | null, posts: 0 };
  const transport: StatementTransport = {
    async send(statements: Statement[]) {
      state.posts++;
      if (state.fail !== null) throw new LrsError(state.fail, 'down');
      for (const s of statements) {
        const prior = stored.get(s.id!);
        if (prior !== undefined && prior !== JSON.stringify(s)) throw new LrsError(409, `${s.id} is conflicting`);
      }
      for (const s of statements) stored.set(s.id!, JSON.stringify(s));
    },
  };
  return { stored, state, transport };
}

function statementsFor(registration: string): Statement[] {
  return buildAttemptStatements(xapiContext(registration), attemptRecord(registration));
}

describe('outbox sender', () => {
  it('delivers queued statements and empties the outbox', async () => {
    const store = await freshStore();
    const lrs = fakeLrs();
    const sender = createOutboxSender({
      outbox: store.outbox,
      getConfig: async () => CONFIG,
      transport: () => lrs.transport,
      batchSize: 5,
    });
    const statements = statementsFor('a0000000-0000-4000-8000-000000000001');
    await sender.enqueue('p1', statements);
    await sender.drain();
    expect(lrs.stored.size).toBe(statements.length);
    expect(await store.outbox.count()).toBe(0);
    expect(sender.getStatus()).toMatchObject({ configured: true, queued: 0, lastError: null });
    expect(sender.getStatus().lastSuccessAt).toEqual(expect.any(Number));
  });

  it('keeps statements while the LRS is down, backing off with jitter, then delivers exactly once', async () => {
    const store = await freshStore();
    const lrs = fakeLrs();
    let clock = 1_000_000;
    const sender = createOutboxSender({
      outbox: store.outbox,
      getConfig: async () => CONFIG,
      transport: () => lrs.transport,
      now: () => clock,
      random: () => 0.5,
    });
    lrs.state.fail = 503;
    const statements = statementsFor('a0000000-0000-4000-8000-000000000002');
    await sender.enqueue('p1', statements);
    await sender.drain();
    expect(await store.outbox.count()).toBe(statements.length);
    const [waiting] = await store.outbox.due(Number.MAX_SAFE_INTEGER, 1);
    expect(waiting).toMatchObject({ attempts: 1, status: 'pending' });
    expect(waiting!.nextAttemptAt - clock).toBe(1500); // 2 s nominal, equal jitter at 0.5
    expect(sender.getStatus().lastError).toMatch(/HTTP 503/);

    const postsBefore = lrs.state.posts;
    await sender.drain(); // nothing due yet: no request
    expect(lrs.state.posts).toBe(postsBefore);

    lrs.state.fail = null;
    clock += 2_000;
    await sender.drain();
    expect(await store.outbox.count()).toBe(0);
    expect(lrs.stored.size).toBe(statements.length);
    expect(sender.getStatus().lastError).toBeNull();
  });

  it('treats 409 for an id already stored as delivered, and isolates a 400 as failed', async () => {
    const store = await freshStore();
    const lrs = fakeLrs();
    const sender = createOutboxSender({ outbox: store.outbox, getConfig: async () => CONFIG, transport: () => lrs.transport });
    const statements = statementsFor('a0000000-0000-4000-8000-000000000003');
    const first = statements[0]!;
    lrs.stored.set(first.id!, 'a different copy stored earlier');
    const bad = { ...statements[1]!, id: 'b0000000-0000-4000-8000-0000000000ff' };
    const original = lrs.transport.send;
    lrs.transport.send = async (batch) => {
      if (batch.some((s) => s.id === bad.id)) throw new LrsError(400, 'statements.0.result.score.scaled');
      return original(batch);
    };
    await sender.enqueue('p1', [...statements, bad]);
    await sender.drain();
    expect(await store.outbox.count()).toBe(1); // only the rejected one stays, marked failed
    expect(await store.outbox.due(Number.MAX_SAFE_INTEGER, 10)).toEqual([]);
    expect(lrs.stored.size).toBe(statements.length);
    expect(sender.getStatus().lastError).toMatch(/HTTP 400/);
  });

  it('queues a statement once however often it is enqueued', async () => {
    const store = await freshStore();
    const sender = createOutboxSender({ outbox: store.outbox, getConfig: async () => null });
    const statements = statementsFor('a0000000-0000-4000-8000-000000000004');
    await sender.enqueue('p1', statements);
    await sender.enqueue('p1', statements);
    await sender.drain();
    expect(await store.outbox.count()).toBe(statements.length);
    expect(sender.getStatus()).toMatchObject({ configured: false, queued: statements.length });
  });

  it('drains on start and retries at once when the browser comes back online', async () => {
    const store = await freshStore();
    const lrs = fakeLrs();
    const target = new EventTarget();
    const sender = createOutboxSender({ outbox: store.outbox, getConfig: async () => CONFIG, transport: () => lrs.transport });
    lrs.state.fail = 0;
    await store.outbox.enqueue([]);
    const stop = sender.start(target);
    await sender.enqueue('p1', statementsFor('a0000000-0000-4000-8000-000000000005'));
    await sender.drain();
    expect(await store.outbox.count()).toBeGreaterThan(0);
    expect(sender.getStatus().lastError).toMatch(/could not reach/i);
    lrs.state.fail = null;
    const posts = lrs.state.posts;
    target.dispatchEvent(new Event('online')); // ignores the back-off
    await sender.drain();
    expect(lrs.state.posts).toBeGreaterThan(posts);
    expect(await store.outbox.count()).toBe(0);
    stop();
  });

  it('never writes credentials to the sync status, local storage or the export file', async () => {
    const store = await freshStore();
    await store.settings.update({ lrs: CONFIG });
    const lrs = fakeLrs();
    lrs.state.fail = 401;
    const sender = createOutboxSender({
      outbox: store.outbox,
      getConfig: async () => (await store.settings.get()).lrs,
      transport: () => lrs.transport,
    });
    await sender.enqueue('p1', statementsFor('a0000000-0000-4000-8000-000000000006'));
    await sender.drain();
    const visible = JSON.stringify(sender.getStatus()) + JSON.stringify({ ...localStorage });
    expect(visible).toMatch(/HTTP 401/);
    expect(visible).not.toContain(CONFIG.secret);
    const exported = await withRecordTransfer(store).exportJson();
    expect(exported).not.toContain(CONFIG.secret);
    expect(exported).not.toContain(CONFIG.endpoint);
  });
});
