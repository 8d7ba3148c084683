import { useEffect, useMemo } from 'react';
import type { AttemptRecord } from '../../storage/storage.types';
import { useAppData } from '../data/app-data-context';
import { useLoaded } from '../data/use-loaded';

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
  const { reload } = loaded;
  // An attempt is saved once it is scored, which can be after a trainee who left its ending came here
  // (or it came from another tab or an import): read again whenever attempts change.
  useEffect(() => {
    if (!store) return;
    return store.onChange(({ tables }) => {
      if (tables.includes('attempts')) reload();
    });
  }, [store, reload]);
  return loaded;
}
