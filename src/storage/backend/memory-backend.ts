import { keyText, PRIMARY_KEYS, type Backend, type Key, type TableName, type TableOps } from './backend.types';

type Rows = Map<string, unknown>;
type Tables = Record<TableName, Rows>;

/** Copies like IndexedDB's structured clone, so callers never share objects with the store. */
const copy = <T>(value: T): T => structuredClone(value);

function primaryKey(table: TableName, record: unknown): string {
  const path = PRIMARY_KEYS[table];
  const fields = record as Record<string, unknown>;
  const key = typeof path === 'string' ? fields[path] : path.map((field) => fields[field]);
  if (typeof key === 'string') return key;
  if (Array.isArray(key) && key.every((part) => typeof part === 'string')) {
    return keyText(key as [string, string]);
  }
  throw new TypeError(`A ${table} record has no usable key.`);
}

function ops(rows: () => Rows, table: TableName): TableOps {
  return {
    get: async (key: Key) => copy(rows().get(keyText(key))),
    where: async (field, value) =>
      [...rows().values()].filter((row) => (row as Record<string, unknown> | null)?.[field] === value).map(copy),
    all: async () => [...rows().values()].map(copy),
    existing: async (keys) => new Set(keys.map(keyText).filter((key) => rows().has(key))),
    put: async (record) => void rows().set(primaryKey(table, record), copy(record)),
    bulkPut: async (records) => {
      for (const record of records) rows().set(primaryKey(table, record), copy(record));
    },
    delete: async (key) => void rows().delete(keyText(key)),
    bulkDelete: async (keys) => keys.forEach((key) => rows().delete(keyText(key))),
    clear: async () => rows().clear(),
    count: async () => rows().size,
  };
}

/**
 * The fallback when IndexedDB cannot be opened (some private modes, blocked
 * storage). Transactions work on copies of the tables they name and swap them
 * in only on success, so a failed write leaves nothing half done here either.
 */
export function createMemoryBackend(): Backend {
  const names = Object.keys(PRIMARY_KEYS) as TableName[];
  const tables = Object.fromEntries(names.map((name) => [name, new Map()])) as Tables;
  let queue: Promise<unknown> = Promise.resolve();

  return {
    mode: 'memory',
    table: (name) => ops(() => tables[name], name),
    transact(used, work) {
      const run = async () => {
        const staged = Object.fromEntries(used.map((name) => [name, new Map(tables[name])])) as Tables;
        const result = await work({
          table: (name) => {
            if (!staged[name]) throw new Error(`Table ${name} is not part of this transaction.`);
            return ops(() => staged[name], name);
          },
        });
        for (const name of used) tables[name] = staged[name];
        return result;
      };
      // One write transaction at a time, like IndexedDB's readwrite scopes.
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    close: () => undefined,
  };
}
