import type { AttemptRecord, InProgressRecord, PackScenarioRecord, Profile, Settings } from '../../storage/storage.types';
import type { ImportResult, StoreChange } from '../../storage/store.types';

/** A storage notice the shell shows to the trainee (see the storage contract). */
export interface StoreNotice {
  kind: 'corrupt-skipped' | 'quota' | 'other-tab' | 'unavailable';
  message: string;
}

/**
 * The part of the storage layer's `Store` the trainee UI uses. Declared here
 * (structurally, per the contract) so the UI can load storage lazily and tests
 * can pass an in-memory fake.
 */
export interface StorePort {
  profiles: {
    list(): Promise<Profile[]>;
    create(displayName: string, programId?: string | null): Promise<Profile>;
    update(id: string, fields: { displayName: string; programId: string | null }): Promise<Profile>;
    /** The optional per-profile PIN (a privacy screen, not encryption): set, or remove with null. */
    setPin(id: string, pin: string | null): Promise<Profile>;
    checkPin(id: string, pin: string): Promise<boolean>;
  };
  settings: {
    get(): Promise<Settings>;
    update(patch: Partial<Settings>): Promise<Settings>;
  };
  attempts: {
    save(record: AttemptRecord): Promise<unknown>;
    listByProfile(profileId: string): Promise<{ records: AttemptRecord[] }>;
    get(id: string): Promise<AttemptRecord | null | undefined>;
  };
  inProgress: {
    save(record: InProgressRecord): Promise<unknown>;
    get(profileId: string, scenarioId: string): Promise<InProgressRecord | null | undefined>;
    latest(profileId: string): Promise<InProgressRecord | null | undefined>;
    clear(profileId: string, scenarioId: string): Promise<unknown>;
  };
  /** Scenarios added from packs (src/ui/packs); absent in test fakes that have none. */
  packScenarios?: {
    list(): Promise<{ records: PackScenarioRecord[] }>;
    get(contentHash: string): Promise<PackScenarioRecord | null>;
    add(records: PackScenarioRecord[]): Promise<void>;
    remove(scenarioId: string): Promise<void>;
  };
  onNotice(listener: (notice: StoreNotice) => void): () => void;
  /** After every committed write, here or in another tab, with the tables it changed. */
  onChange(listener: (change: StoreChange) => void): () => void;
  /** A schema-versioned JSON backup of one profile (History: "Download records"); never holds LRS credentials. */
  exportJson(profileId?: string): Promise<string>;
  /** One row per attempt, for spreadsheets. */
  exportCsv(profileId?: string): Promise<string>;
  /** Writes all its records or none; attempts already here are skipped, never doubled, and impossible ones left out. */
  importJson(text: string): Promise<ImportResult>;
  /** Deletes every record on this browser: Settings → "Erase everything on this device". */
  clearAll(): Promise<void>;
}

export { DEFAULT_SETTINGS } from '../../storage/default-settings';
