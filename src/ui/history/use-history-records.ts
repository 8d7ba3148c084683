import { useCallback, useEffect, useState } from 'react';
import type { AttemptRecord } from '../../storage/storage.types';
import { useAppData } from '../data/app-data-context';

/** The active profile's attempts, newest first (null while loading), and a way to read them again. */
export function useHistoryRecords(): { records: AttemptRecord[] | null; reload: () => void } {
  const { store, profile } = useAppData();
  const [records, setRecords] = useState<AttemptRecord[] | null>(null);
  const [version, setVersion] = useState(0);
  const profileId = profile?.id;

  useEffect(() => {
    if (!store || !profileId) return;
    let cancelled = false;
    store.attempts
      .listByProfile(profileId)
      .then(({ records: list }) => {
        const mine = list.filter((record) => record.profileId === profileId);
        if (!cancelled) setRecords(mine.sort((a, b) => b.finishedAt - a.finishedAt));
      })
      .catch(() => {
        if (!cancelled) setRecords([]);
      });
    return () => {
      cancelled = true;
    };
  }, [store, profileId, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { records, reload };
}
