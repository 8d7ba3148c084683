import type { Statement } from './xapi-types';
import validate from 'xapi-validation';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../storage';
import { createOutboxSender } from './outbox-sender';
import { attemptRecord, COMPILED } from './testing/play-fixture';
import { createXapiService, type AttemptFacts } from './xapi-service';

const LRS = { endpoint: 'https://lrs.example/xAPI/', key: 'k', secret: 'shh', homePage: 'https://program.example/physio' };
const stores: Store[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

async function setup(withLrs: boolean) {
  const store = await openStore({ name: `xapi-service-${crypto.randomUUID()}` });
  stores.push(store);
  const profile = await store.profiles.create('Ana', 'student-0042');
  if (withLrs) await store.settings.update({ lrs: LRS });
  const sent: Statement[] = [];
  const sender = createOutboxSender({
    outbox: store.outbox,
    getConfig: async () => (await store.settings.get()).lrs,
    transport: () => ({ send: async (statements) => void sent.push(...statements) }),
  });
  const service = createXapiService({ store, loadScenario: async () => COMPILED, sender });
  return { store, profile, sent, service, sender };
}

describe('xAPI service (attempt events → outbox → LRS)', () => {
  it('sends an attempt that is suspended, resumed and completed, each statement once and valid', async () => {
    const { profile, sent, service, sender } = await setup(true);
    const record = { ...attemptRecord(crypto.randomUUID(), 74), profileId: profile.id };
    const facts: AttemptFacts = { ...record, resumed: false };
    await service.started(facts);
    await service.answered(record.transcript[0]!, facts);
    await service.suspended(facts);
    await service.started({ ...facts, resumed: true });
    for (const entry of record.transcript.slice(1)) await service.answered(entry, facts);
    await service.finished(record);
    await sender.drain();

    const verbs = sent.map((s) => s.verb.display?.['en-US' as keyof typeof s.verb.display]);
    expect(verbs.slice(0, 4)).toEqual(['initialized', 'answered', 'suspended', 'resumed']);
    expect(verbs.slice(-3)).toEqual(['completed', 'passed', 'terminated']);
    const unique = new Map(sent.map((s) => [s.id, s]));
    expect(unique.size).toBe(4 + (record.transcript.length - 1) + 3);
    for (const statement of unique.values()) {
      expect(validate(statement)).toEqual([]);
      expect(statement.actor).toEqual({ objectType: 'Agent', account: { homePage: LRS.homePage, name: 'student-0042' } });
    }
  });

  it('queues nothing while no LRS is configured', async () => {
    const { store, profile, sent, service } = await setup(false);
    const record = { ...attemptRecord(crypto.randomUUID()), profileId: profile.id };
    await service.started({ ...record, resumed: false });
    await service.finished(record);
    expect(await store.outbox.count()).toBe(0);
    expect(sent).toEqual([]);
  });
});
