import { Dexie, type Table } from 'dexie';
import { keyText, type Backend, type Key, type TableName, type TableOps } from './backend.types';
import { declareSchema, SCHEMA_VERSION } from './schema';

function ops(table: Table<unknown, Key>): TableOps {
  return {
    get: (key) => table.get(key),
    where: (field, value) => table.where(field).equals(value).toArray(),
    all: () => table.toArray(),
    existing: async (keys) => {
      const found = await table.bulkGet(keys);
      return new Set(keys.filter((_, i) => found[i] !== undefined).map(keyText));
    },
    put: async (record) => void (await table.put(record)),
    bulkPut: async (records) => void (await table.bulkPut(records)),
    delete: (key) => table.delete(key),
    bulkDelete: (keys) => table.bulkDelete(keys),
    clear: () => table.clear(),
    count: () => table.count(),
  };
}

export interface DexieBackendOptions {
  name: string;
  /** Called when another tab upgrades or deletes the database under this one. */
  onVersionChange: () => void;
}

/** Opens (creating or upgrading) the database. Rejects if IndexedDB is unusable. */
export async function openDexieBackend(options: DexieBackendOptions): Promise<Backend> {
  const db = new Dexie(options.name);
  declareSchema(db);
  db.on('versionchange', (event) => {
    // Dexie closes this connection so the other tab's upgrade can proceed.
    if (event.newVersion !== SCHEMA_VERSION * 10) options.onVersionChange();
  });
  await db.open();
  const table = (name: TableName) => ops(db.table<unknown, Key>(name));
  return {
    mode: 'indexeddb',
    table,
    transact: (names, work) => db.transaction('rw', names, (tx) => work({ table: (name) => ops(tx.table<unknown, Key>(name)) })),
    close: () => db.close(),
  };
}
