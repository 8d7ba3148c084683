import type { TableName } from './backend/backend.types';
import type {
  AttemptRecord,
  DraftRecord,
  InProgressRecord,
  OutboxRecord,
  PackClipRecord,
  PackScenarioRecord,
  Profile,
  Settings,
} from './storage.types';

/** Something the trainee should hear about; the UI shows `message` as is. */
export interface StoreNotice {
  kind: 'corrupt-skipped' | 'quota' | 'other-tab' | 'unavailable';
  message: string;
  /** For 'corrupt-skipped': how many records were skipped by this read. */
  count?: number;
}

/** Tables whose records were just written, here or in another tab: a cue to re-read them. */
export interface StoreChange {
  tables: TableName[];
  otherTab: boolean;
}

/** Records read through a validator: the good ones, and how many were not readable. */
export interface CheckedList<T> {
  records: T[];
  skipped: number;
}

/** Why an import file was turned away; nothing was written in any of these cases. */
export type ImportRejection = 'not-json' | 'truncated' | 'too-deep' | 'wrong-kind' | 'wrong-version' | 'tampered' | 'invalid-record';

export type ImportResult =
  | {
      ok: true;
      profilesAdded: number;
      attemptsAdded: number;
      /** Attempts already on this browser (same id): skipped, never doubled. */
      attemptsSkipped: number;
      /** One sentence per record left out for impossible numbers or dates; absent when none was. */
      rejected?: string[];
      /** One sentence per skipped attempt whose id is already here with other contents (counted in attemptsSkipped). */
      conflicts?: string[];
    }
  | { ok: false; reason: ImportRejection; message: string };

/** The records a backup file carries. */
export interface TransferRecords {
  profiles: Profile[];
  attempts: AttemptRecord[];
}

export interface Store {
  /** Where records live: 'memory' means they are lost when the tab closes. */
  readonly mode: 'indexeddb' | 'memory';
  profiles: {
    /** Oldest first. Unreadable profiles are skipped and reported through onNotice. */
    list: () => Promise<Profile[]>;
    create: (displayName: string, programId?: string | null) => Promise<Profile>;
    /** Renames a profile and sets its program ID (empty for none); its id, and so its history, stay. */
    update: (id: string, fields: { displayName: string; programId: string | null }) => Promise<Profile>;
    get: (id: string) => Promise<Profile | null>;
    /** Sets (4–12 digits) or, with null, removes the profile's PIN; returns the profile as saved. */
    setPin: (id: string, pin: string | null) => Promise<Profile>;
    /** Whether `pin` is the profile's PIN (false for a profile without one). */
    checkPin: (id: string, pin: string) => Promise<boolean>;
  };
  settings: {
    get: () => Promise<Settings>;
    update: (patch: Partial<Settings>) => Promise<Settings>;
  };
  attempts: {
    /** Saves the attempt and clears its in-progress record in one transaction. */
    save: (record: AttemptRecord) => Promise<void>;
    /** Newest first. */
    listByProfile: (profileId: string) => Promise<CheckedList<AttemptRecord>>;
    /** Scoped to `profileId`, or to the active profile when omitted. */
    get: (id: string, profileId?: string) => Promise<AttemptRecord | null>;
  };
  inProgress: {
    save: (record: InProgressRecord) => Promise<void>;
    get: (profileId: string, scenarioId: string) => Promise<InProgressRecord | null>;
    latest: (profileId: string) => Promise<InProgressRecord | null>;
    clear: (profileId: string, scenarioId: string) => Promise<void>;
  };
  drafts: {
    save: (draft: DraftRecord) => Promise<void>;
    get: (id: string) => Promise<DraftRecord | null>;
    /** Newest first. */
    list: () => Promise<CheckedList<DraftRecord>>;
    remove: (id: string) => Promise<void>;
  };
  /** The xAPI module's queue; see OutboxRecord. */
  outbox: {
    enqueue: (records: OutboxRecord[]) => Promise<void>;
    /** Pending records whose back-off has passed, oldest first. */
    due: (now: number, limit: number) => Promise<OutboxRecord[]>;
    update: (record: OutboxRecord) => Promise<void>;
    remove: (ids: string[]) => Promise<void>;
    count: () => Promise<number>;
  };
  /** Scenarios added from scenario packs, every version kept (see PackScenarioRecord). */
  packScenarios: {
    /** Oldest first, replaced versions included. Unreadable records are skipped, reported and kept. */
    list: () => Promise<CheckedList<PackScenarioRecord>>;
    get: (contentHash: string) => Promise<PackScenarioRecord | null>;
    /**
     * Adds versions and their voice clips in one transaction; a scenario's version listed until now is
     * marked replaced, not deleted, and its clips are deleted. Rejects with PackClipBudgetError, saving
     * nothing, when the clips kept from packs would pass PACK_CLIPS_BUDGET_BYTES.
     */
    add: (records: PackScenarioRecord[], clips?: readonly PackClipRecord[]) => Promise<void>;
    /** The voice clips of one version. Unreadable records are skipped, reported and kept. */
    clips: (contentHash: string) => Promise<CheckedList<PackClipRecord>>;
    /** Deletes every version of the scenario, and their clips. */
    remove: (scenarioId: string) => Promise<void>;
  };
  onNotice: (listener: (notice: StoreNotice) => void) => () => void;
  /** Called after every committed write (this tab's or another's) with the tables it changed. */
  onChange: (listener: (change: StoreChange) => void) => () => void;
  /**
   * Readable profiles (one, or all; without their PINs) with their readable attempts, oldest first:
   * what a backup file or a CSV holds (src/export/backup builds those). Unreadable records are reported.
   */
  readRecords: (profileId?: string) => Promise<TransferRecords>;
  /**
   * Adds the profiles and attempts of a checked backup file, all or nothing. Records already here are
   * kept: an attempt with a known id is skipped (and named when its contents differ). `rejected` (what
   * the file's reader left out) is passed through to the result.
   */
  addRecords: (records: TransferRecords, rejected?: string[]) => Promise<Extract<ImportResult, { ok: true }>>;
  /** Deletes every record on this browser (the settings screen asks first). */
  clearAll: () => Promise<void>;
  close: () => void;
}
