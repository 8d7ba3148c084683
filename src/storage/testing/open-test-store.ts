import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import { declareSchema } from '../backend/schema';
import { openStore } from '../open-store';
import type { Store, StoreNotice } from '../store.types';

const opened: { close: () => void }[] = [];

afterEach(() => {
  while (opened.length) opened.pop()?.close();
});

let counter = 0;
/** A fresh database name per test, so tests never see each other's records. */
export const uniqueDbName = () => `cg-test-${Date.now()}-${(counter += 1)}`;

/** Opens a store on a fresh fake-indexeddb database, recording its notices; closed after the test. */
export async function openTestStore(name = uniqueDbName()): Promise<{ store: Store; notices: StoreNotice[]; name: string }> {
  const store = await openStore({ name });
  opened.push(store);
  const notices: StoreNotice[] = [];
  store.onNotice((notice) => notices.push(notice));
  return { store, notices, name };
}

/** Raw Dexie access to the same database, for planting records the store would refuse to write. */
export async function openRawDb(name: string): Promise<Dexie> {
  const db = new Dexie(name);
  declareSchema(db);
  await db.open();
  opened.push(db);
  return db;
}
