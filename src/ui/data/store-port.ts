import type { RecordTransfer } from '../../export/backup/record-transfer';
import type { Store } from '../../storage/store.types';

export type { StoreNotice } from '../../storage/store.types';

/**
 * The part of the storage layer's `Store` the trainee UI uses, with the
 * backup and CSV files over it (src/export/backup). A type only, so the UI
 * can load storage lazily and tests can pass an in-memory fake.
 */
export type StorePort = Pick<Store, 'settings' | 'attempts' | 'inProgress' | 'onNotice' | 'onChange' | 'clearAll'> & {
  profiles: Pick<Store['profiles'], 'list' | 'create' | 'update' | 'setPin' | 'checkPin'>;
  /** Scenarios added from packs (src/ui/packs); absent in test fakes that have none. */
  packScenarios?: Pick<Store['packScenarios'], 'list' | 'get' | 'add' | 'clips' | 'remove'>;
} & RecordTransfer;

export { DEFAULT_SETTINGS } from '../../storage/default-settings';
