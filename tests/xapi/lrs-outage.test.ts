import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/storage';
import { buildAttemptStatements } from '../../src/export/xapi/attempt-statements';
import { createLrsReader } from '../../src/export/xapi/lrs-reader';
import { createOutboxSender } from '../../src/export/xapi/outbox-sender';
import { fetchCohortStatements } from '../../src/export/xapi/query-statements';
import { scenarioActivityId } from '../../src/export/xapi/xapi-iris';
import { attemptRecord, COMPILED, xapiContext } from '../../src/export/xapi/testing/play-fixture';
import { configFor, LRS_ENDPOINT, portIsOpen, problems, SKIP_MESSAGE, startLrs, stopLrs } from './lrs-helpers';

/** This test's own LRS, apart from the shared one, so it can be down and come back. */
const PORT = Number(process.env.XAPI_OUTAGE_LRS_PORT ?? 8096);

if (!LRS_ENDPOINT) console.warn(SKIP_MESSAGE);

describe.skipIf(!LRS_ENDPOINT)('xAPI outbox through an LRS outage and a reload', () => {
  let lrs: ChildProcess | null = null;
  afterAll(async () => stopLrs(lrs, PORT), 30_000);

  it(
    'queues two attempts while the LRS is down, survives a reload, then delivers each statement exactly once',
    { timeout: 90_000 },
    async () => {
      expect(await portIsOpen(PORT), `port ${PORT} must be free for the outage test`).toBe(false);
      const config = configFor(`http://127.0.0.1:${PORT}/xAPI/`);
      const dbName = `xapi-outage-${crypto.randomUUID()}`;
      const registrations = [crypto.randomUUID(), crypto.randomUUID()];
      const attempts = registrations.map((registration, i) => {
        const record = attemptRecord(registration, 60 + i * 20, (turn, count) => (turn + i) % count);
        return { registration, statements: buildAttemptStatements(xapiContext(registration, `learner-${i}`), record) };
      });
      const total = attempts.reduce((sum, a) => sum + a.statements.length, 0);

      // 1. The LRS is down: every send fails and every statement stays queued.
      const before = await openStore({ name: dbName });
      const first = createOutboxSender({ outbox: before.outbox, getConfig: async () => config });
      for (const { statements } of attempts) {
        await first.enqueue('profile-1', statements);
        await first.drain();
      }
      expect(await before.outbox.count()).toBe(total);
      expect(first.getStatus().lastError).toMatch(/could not reach/i);
      first.stop();
      before.close();

      // 2. "Reload": a new store and sender over the same IndexedDB database.
      const after = await openStore({ name: dbName });
      expect(await after.outbox.count()).toBe(total);

      // 3. The LRS comes back; the page-load drain (start) ignores the back-off and sends everything.
      lrs = await startLrs(PORT);
      const second = createOutboxSender({ outbox: after.outbox, getConfig: async () => config, batchSize: 7 });
      const stop = second.start(new EventTarget());
      await second.drain();
      stop();
      expect(await after.outbox.count()).toBe(0);
      expect(second.getStatus()).toMatchObject({ queued: 0, lastError: null });

      // 4. Each attempt's statements are in the LRS exactly once, and valid.
      const client = createLrsReader(config);
      let delivered = 0;
      for (const { registration, statements } of attempts) {
        const back = await fetchCohortStatements(client, {
          activityId: scenarioActivityId(COMPILED.scenario.id),
          registration,
          pageSize: 4,
        });
        expect(back.map((s) => s.id).sort()).toEqual(statements.map((s) => s.id).sort());
        for (const statement of back) expect(problems(statement)).toEqual([]);
        delivered += back.length;
      }
      expect(delivered).toBe(total);
      console.info(`xAPI outage: ${total} statements queued while down, kept across a reload, ${delivered} delivered exactly once`);
      after.close();
    },
  );
});
