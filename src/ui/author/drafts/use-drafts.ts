import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLoaded } from '../../data/use-loaded';
import type { DraftRecord, DraftsPort } from './drafts-port';

const NONE: DraftRecord[] = [];

/**
 * The drafts saved on this browser: listed for the open panel, and the
 * newest handed to `onRestore` once, when the page opens with nothing
 * else loaded (a reload or a crash lands the author back where they were).
 * A list that cannot be read shows as empty: the editor still works.
 */
export function useDrafts(port: DraftsPort | null, onRestore: (draft: DraftRecord) => void, shouldRestore: boolean) {
  const load = useMemo(() => (port ? async () => (await port.list()).records : null), [port]);
  const { data, reload } = useLoaded(load);
  const restored = useRef(false);
  const wantsRestore = useRef(shouldRestore);
  const restore = useRef(onRestore);
  useEffect(() => {
    wantsRestore.current = shouldRestore;
    restore.current = onRestore;
  });

  useEffect(() => {
    if (data === null || restored.current) return;
    restored.current = true;
    const newest = data[0];
    if (newest && wantsRestore.current) restore.current(newest);
  }, [data]);

  const remove = useCallback(
    async (id: string) => {
      await port?.remove(id);
      reload();
    },
    [port, reload],
  );

  return { drafts: data ?? NONE, refresh: reload, remove };
}
