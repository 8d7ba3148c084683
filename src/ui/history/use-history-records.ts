import { useMemo } from 'react';
import type { AttemptRecord } from '../../storage/storage.types';
import { useAppData } from '../data/app-data-context';
import { useLoaded } from '../data/use-loaded';
import { useReloadOnChange, type ChangedTable } from '../data/use-reload-on-change';

/** An attempt is saved once it is scored, which can be after a trainee who left its ending came here. */
const READS: readonly ChangedTable[] = ['attempts'];

/** The active profile's attempts, newest first, and a way to read them again. */
export function useHistoryRecords() {
  const { store, profile } = useAppData();
  const profileId = profile?.id;
  const load = useMemo(
    () =>
      store && profileId
        ? async (): Promise<AttemptRecord[]> => {
            const { records } = await store.attempts.listByProfile(profileId);
            return records.filter((record) => record.profileId === profileId).sort((a, b) => b.finishedAt - a.finishedAt);
          }
        : null,
    [store, profileId],
  );
  const loaded = useLoaded(load);
  useReloadOnChange(store, READS, loaded.reload);
  return loaded;
}
