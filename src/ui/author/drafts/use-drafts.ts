import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftRecord, DraftsPort } from './drafts-port';

/**
 * The drafts saved on this browser: listed for the open panel, and the
 * newest handed to `onRestore` once, when the page opens with nothing
 * else loaded (a reload or a crash lands the author back where they were).
 */
export function useDrafts(port: DraftsPort | null, onRestore: (draft: DraftRecord) => void, shouldRestore: boolean) {
  const [drafts, setDrafts] = useState<DraftRecord[]>([]);
  const restored = useRef(false);
  const wantsRestore = useRef(shouldRestore);
  const restore = useRef(onRestore);
  useEffect(() => {
    wantsRestore.current = shouldRestore;
    restore.current = onRestore;
  });

  const refresh = useCallback(async () => {
    if (!port) return;
    try {
      setDrafts((await port.list()).records);
    } catch {
      setDrafts([]);
    }
  }, [port]);

  useEffect(() => {
    if (!port || restored.current) return;
    restored.current = true;
    let cancelled = false;
    void port.list().then(
      ({ records }) => {
        if (cancelled) return;
        setDrafts(records);
        const newest = records[0];
        if (newest && wantsRestore.current) restore.current(newest);
      },
      () => {},
    );
    return () => {
      cancelled = true;
      restored.current = false;
    };
  }, [port]);

  const remove = useCallback(
    async (id: string) => {
      await port?.remove(id);
      await refresh();
    },
    [port, refresh],
  );

  return { drafts, refresh, remove };
}
