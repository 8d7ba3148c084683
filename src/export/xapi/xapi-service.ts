import type { AttemptRecord, Profile, Settings, StoredTranscriptEntry } from '../../storage/storage.types';
import type { CompiledScenario } from '../../engine/trainee';
import { buildAttemptStatements } from './attempt-statements';
import { buildAnswered, buildInitialized, buildSuspended } from './build-statements';
import type { LrsAccess } from './lrs-access';
import { resolveLrsAccess } from './resolve-access';
import type { OutboxPort } from './outbox-delivery';
import { createOutboxSender, type OutboxSender } from './outbox-sender';
import { learnerAccountName, type AttemptXapiContext } from './statement-context';

/** The parts of the store the xAPI service uses (storage's Store satisfies it). */
export interface XapiStore {
  settings: { get: () => Promise<Settings> };
  profiles: { get: (id: string) => Promise<Profile | null> };
  outbox: OutboxPort;
  /** Committed writes here or in another tab (Store.onChange). */
  onChange?: (listener: (change: { tables: string[] }) => void) => () => void;
}

/** What the play screen tells observers about an attempt (the UI's AttemptInfo, structurally). */
export interface AttemptFacts {
  profileId: string;
  scenarioId: string;
  contentHash: string;
  registration: string;
  startedAt: number;
  resumed: boolean;
}

export interface XapiService {
  readonly sender: OutboxSender;
  started: (facts: AttemptFacts) => Promise<void>;
  answered: (entry: StoredTranscriptEntry, facts: AttemptFacts) => Promise<void>;
  /** Completed or abandoned: every statement of the attempt (any already sent are ignored by id). */
  finished: (record: AttemptRecord) => Promise<void>;
  suspended: (facts: AttemptFacts) => Promise<void>;
}

export const PLATFORM = 'Common Ground';

/**
 * Turns attempt events into queued statements. Nothing is queued while there
 * is no LRS access (no launch, nothing in Settings): a trainee who never uses
 * one should not grow a queue forever.
 */
export function createXapiService(options: {
  store: XapiStore;
  loadScenario: (id: string) => Promise<CompiledScenario>;
  now?: () => number;
  sender?: OutboxSender;
}): XapiService {
  const { store, loadScenario } = options;
  const now = options.now ?? Date.now;
  const access = async (): Promise<LrsAccess | null> => resolveLrsAccess((await store.settings.get()).lrs);
  const sender =
    options.sender ??
    createOutboxSender({
      outbox: store.outbox,
      getConfig: access,
      ...(store.onChange
        ? { watchOutbox: (changed: () => void) => store.onChange!((change) => change.tables.includes('outbox') && changed()) }
        : {}),
    });

  const contextFor = async (
    facts: Pick<AttemptFacts, 'profileId' | 'scenarioId' | 'contentHash' | 'registration'>,
  ): Promise<AttemptXapiContext | null> => {
    const lrs = await access();
    if (!lrs) return null;
    const [profile, compiled] = await Promise.all([store.profiles.get(facts.profileId), loadScenario(facts.scenarioId)]);
    return {
      registration: facts.registration,
      account: { homePage: lrs.homePage, name: learnerAccountName(profile ?? { id: facts.profileId, programId: null }) },
      ...(lrs.actor ? { actor: lrs.actor } : {}),
      scenario: compiled.scenario,
      contentHash: facts.contentHash,
      platform: PLATFORM,
    };
  };

  return {
    sender,
    async started(facts) {
      const ctx = await contextFor(facts);
      if (ctx) await sender.enqueue(facts.profileId, [buildInitialized(ctx, facts.resumed ? now() : facts.startedAt, facts.resumed)]);
    },
    async answered(entry, facts) {
      const ctx = await contextFor(facts);
      if (ctx) await sender.enqueue(facts.profileId, [buildAnswered(ctx, entry)]);
    },
    async finished(record) {
      const ctx = await contextFor(record);
      if (ctx) await sender.enqueue(record.profileId, buildAttemptStatements(ctx, record));
    },
    async suspended(facts) {
      const ctx = await contextFor(facts);
      if (ctx) await sender.enqueue(facts.profileId, [buildSuspended(ctx, facts.startedAt, now())]);
    },
  };
}

let shared: Promise<XapiService> | null = null;

/**
 * The app's one xAPI service, on its own connection to the trainee's store.
 * Created on first use (an attempt event or the settings screen), so trainees
 * never download it before they need it. Starting it drains what a previous
 * visit left queued and listens for `online`.
 */
export function sharedXapiService(loadScenario: (id: string) => Promise<CompiledScenario>): Promise<XapiService> {
  shared ??= (async () => {
    const { openStore } = await import('../../storage');
    const service = createXapiService({ store: await openStore(), loadScenario });
    service.sender.start();
    return service;
  })();
  return shared;
}
