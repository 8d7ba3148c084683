/**
 * The storage layer's public door. The UI imports it lazily, so Dexie and the
 * validators load after the first screen has painted; backup and CSV code
 * loads later still, on first use.
 */
export { openStore, type OpenStoreOptions } from './open-store';
export { PACK_CLIPS_BUDGET_BYTES, PackClipBudgetError, StorageQuotaError } from './errors';
export { DEFAULT_SETTINGS } from './validate/repair-settings';
export { SCHEMA_VERSION } from './backend/schema';
export type * from './store.types';
export type * from './storage.types';
// The backup file and CSV formats live in src/export/backup, over the
// store's readRecords and addRecords.
