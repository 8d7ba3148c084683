/** The object stores (tables) of the Common Ground database. */
export type TableName = 'profiles' | 'settings' | 'attempts' | 'inProgress' | 'drafts' | 'outbox' | 'packScenarios' | 'packClips';

export type Key = string | [string, string];

/**
 * The handful of table operations the store needs. Values come back as
 * `unknown` on purpose: every read is validated before anything uses it.
 */
export interface TableOps {
  get: (key: Key) => Promise<unknown>;
  /** Records whose indexed `field` equals `value`. */
  where: (field: string, value: string) => Promise<unknown[]>;
  all: () => Promise<unknown[]>;
  /** Which of `keys` are already stored. */
  existing: (keys: Key[]) => Promise<Set<string>>;
  put: (record: unknown) => Promise<void>;
  bulkPut: (records: unknown[]) => Promise<void>;
  delete: (key: Key) => Promise<void>;
  bulkDelete: (keys: Key[]) => Promise<void>;
  clear: () => Promise<void>;
  count: () => Promise<number>;
}

export interface Transaction {
  table: (name: TableName) => TableOps;
}

/** IndexedDB (through Dexie) or, when that is unavailable, plain memory. */
export interface Backend {
  readonly mode: 'indexeddb' | 'memory';
  table: (name: TableName) => TableOps;
  /** Every write inside `work` lands, or (on any error) none does. */
  transact: <T>(tables: TableName[], work: (tx: Transaction) => Promise<T>) => Promise<T>;
  close: () => void;
}

/** Each table's primary key, as Dexie declares it and memory mimics it. */
export const PRIMARY_KEYS: Record<TableName, string | [string, string]> = {
  profiles: 'id',
  settings: 'key',
  attempts: 'id',
  inProgress: ['profileId', 'scenarioId'],
  drafts: 'id',
  outbox: 'id',
  packScenarios: 'contentHash',
  packClips: ['contentHash', 'line'],
};

/** A stable string for a key, for sets and maps. */
export const keyText = (key: Key): string => (typeof key === 'string' ? key : JSON.stringify(key));
