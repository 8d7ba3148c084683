import { useEffect } from 'react';
import type { StoreChange } from '../../storage/store.types';
import type { StorePort } from './store-port';

export type ChangedTable = StoreChange['tables'][number];

/**
 * Calls `reload` after every committed write, in this tab or another, to any
 * of `tables`: a screen that read records once would otherwise miss an
 * attempt saved after it opened (scoring ends after a trainee left the ending),
 * an import, or another tab's play. `tables` must be a constant.
 */
export function useReloadOnChange(store: StorePort | null, tables: readonly ChangedTable[], reload: () => void): void {
  useEffect(() => {
    if (!store) return;
    return store.onChange((change) => {
      if (change.tables.some((table) => tables.includes(table))) reload();
    });
  }, [store, tables, reload]);
}
