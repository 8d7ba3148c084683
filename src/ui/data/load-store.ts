import type { StorePort } from './store-port';

/**
 * Opens the real store. Storage (and Dexie with it) is a separate chunk, so the
 * first screen paints before IndexedDB code is even downloaded.
 */
export async function loadStore(): Promise<StorePort> {
  const [storage, { withRecordTransfer }] = await Promise.all([import('../../storage'), import('../../export/backup/record-transfer')]);
  return withRecordTransfer(await storage.openStore());
}
