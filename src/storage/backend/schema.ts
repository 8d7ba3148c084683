import type { Dexie, Transaction } from 'dexie';

/** The IndexedDB database name; tests pass their own. */
export const DEFAULT_DB_NAME = 'common-ground';

/** The current schema version. Dexie stores it ×10 as the IndexedDB version. */
export const SCHEMA_VERSION = 4;

/**
 * Version 1, the first release: trainee profiles, settings, finished attempts
 * and in-progress snapshots. Profiles had no `programId` and attempts no
 * `scenarioSchemaVersion` (every scenario was format 1).
 *
 * Old versions stay declared so a browser that still holds v1 upgrades in
 * place (Dexie runs each upgrade in order, inside the versionchange transaction).
 */
export const STORES_V1 = {
  profiles: 'id',
  settings: 'key',
  attempts: 'id, profileId, scenarioId, finishedAt',
  inProgress: '[profileId+scenarioId], profileId',
};

/**
 * Version 2: adds the authoring `drafts` table, the xAPI `outbox` (keyed by
 * statement id; queried by status), and a [profileId+finishedAt] index so a
 * history can be read in date order without scanning other profiles.
 */
export const STORES_V2 = {
  attempts: 'id, profileId, scenarioId, finishedAt, [profileId+finishedAt]',
  drafts: 'id, updatedAt',
  outbox: 'id, status, profileId, nextAttemptAt',
};

/**
 * Version 3: adds `packScenarios`, the scenarios added from scenario packs,
 * keyed by content hash so a replaced version stays for the attempts played
 * against it. Nothing older changes, so there is no upgrade step.
 */
export const STORES_V3 = {
  packScenarios: 'contentHash, scenarioId',
};

/**
 * Version 4: adds `packClips`, the voice clips that came in scenario packs,
 * one record per clip keyed by the scenario version and line it speaks, so
 * the library's list of pack scenarios never loads sound. Nothing older
 * changes, so there is no upgrade step.
 */
export const STORES_V4 = {
  packClips: '[contentHash+line], contentHash, scenarioId',
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Fills the fields v2 requires. Records that are not objects are left exactly
 * as they are: unreadable data is reported on read, never altered or deleted.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('profiles')
    .toCollection()
    .modify((profile: unknown) => {
      if (isRecord(profile) && !('programId' in profile)) profile.programId = null;
    });
  await tx
    .table('attempts')
    .toCollection()
    .modify((attempt: unknown) => {
      if (isRecord(attempt) && !('scenarioSchemaVersion' in attempt)) attempt.scenarioSchemaVersion = 1;
    });
}

/** Declares v1 only: used by the migration test to create an old database. */
export function declareV1(db: Dexie): void {
  db.version(1).stores(STORES_V1);
}

/** Declares v1 to v3: used by the migration test to create a database as the v3 release left it. */
export function declareV3(db: Dexie): void {
  declareV1(db);
  db.version(2).stores(STORES_V2).upgrade(upgradeToV2);
  db.version(3).stores(STORES_V3);
}

/** Declares every version up to the current one. */
export function declareSchema(db: Dexie): void {
  declareV3(db);
  db.version(4).stores(STORES_V4);
}
