import { useMemo } from 'react';
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
  return useLoaded(load);
}
