import type { Statement } from '../../src/export/xapi/xapi-types';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/storage';
import { buildAttemptStatements } from '../../src/export/xapi/attempt-statements';
import { statementsToCohort } from '../../src/export/xapi/cohort-attempts';
import { createLrsReader } from '../../src/export/xapi/lrs-reader';
import { testConnection } from '../../src/export/xapi/test-connection';
import { createOutboxSender } from '../../src/export/xapi/outbox-sender';
import { fetchCohortStatements } from '../../src/export/xapi/query-statements';
import { scenarioActivityId } from '../../src/export/xapi/xapi-iris';
import { attemptRecord, COMPILED, xapiContext } from '../../src/export/xapi/testing/play-fixture';
import { configFor, LRS_ENDPOINT, problems, SKIP_MESSAGE } from './lrs-helpers';

if (!LRS_ENDPOINT) console.warn(SKIP_MESSAGE);

describe.skipIf(!LRS_ENDPOINT)('xAPI round trip through the test LRS', () => {
  const config = configFor(LRS_ENDPOINT);
  const client = createLrsReader(config);
  const stores: Store[] = [];
  afterAll(() => stores.forEach((store) => store.close()));

  it('tests the connection', async () => {
    expect(await testConnection(config)).toMatchObject({ ok: true });
    const bad = await testConnection({ ...config, endpoint: 'http://127.0.0.1:9/xAPI/' });
    expect(bad.ok).toBe(false);
    expect(bad.message).not.toContain(config.secret);
  });

  it('sends a played attempt through the outbox; every statement arrives exactly once and validates', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const registration = crypto.randomUUID();
    const record = attemptRecord(registration, 81);
    const statements = buildAttemptStatements(xapiContext(registration), record, null);
    for (const statement of statements) expect(problems(statement)).toEqual([]);

    const store = await openStore({ name: `xapi-roundtrip-${registration}` });
    stores.push(store);
    const sender = createOutboxSender({ outbox: store.outbox, getConfig: async () => config, batchSize: 4 });
    await sender.enqueue(record.profileId, statements);
    await sender.drain();
    expect(await store.outbox.count()).toBe(0);

    // A re-send (say, after a reload mid-drain) changes nothing: same ids, same content.
    await sender.enqueue(record.profileId, statements);
    await sender.retryNow();
    expect(await store.outbox.count()).toBe(0);
    expect(sender.getStatus().lastError).toBeNull();

    const back = await fetchCohortStatements(client, { activityId: scenarioActivityId(COMPILED.scenario.id), registration, pageSize: 3 });
    const ids = back.map((s: Statement) => s.id);
    expect(ids.length).toBe(statements.length);
    expect(new Set(ids)).toEqual(new Set(statements.map((s) => s.id)));
    for (const statement of back) expect(problems(statement)).toEqual([]);
    console.info(`xAPI round trip: ${statements.length} statements built and validated, ${back.length} stored exactly once`);

    // Loaded back for the dashboard: the cohort's attempts at this scenario since the test began.
    const cohort = statementsToCohort(
      await fetchCohortStatements(client, { activityId: scenarioActivityId(COMPILED.scenario.id), since, pageSize: 5 }),
    );
    const attempt = cohort.attempts.find((a) => a.attemptId === registration);
    expect(attempt).toMatchObject({
      traineeKey: 'learner-42',
      scenarioId: COMPILED.scenario.id,
      status: 'completed',
      overall: 81,
      outcome: 'partial',
    });
    expect(attempt?.decisions).toEqual(record.transcript.map((e) => ({ nodeId: e.nodeId, choiceId: e.choiceId, codes: e.codes })));
    expect(Object.keys(attempt?.dimensions ?? {})).toHaveLength(5);
  });
});
