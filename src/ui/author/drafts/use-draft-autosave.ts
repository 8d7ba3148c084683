import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftRecord, DraftsPort } from './drafts-port';

/** Long enough to batch a burst of typing, short enough that a crash loses a second at most. */
export const AUTOSAVE_DELAY_MS = 400;

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'failed'; message: string };

/**
 * Saves the open document to the drafts table after every change
 * (debounced), and at once when the tab is hidden or closed, so a reload or
 * a crash loses nothing that was typed more than a moment ago.
 */
export function useDraftAutosave(drafts: DraftsPort | null, draft: Omit<DraftRecord, 'updatedAt'> | null): SaveState {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<Omit<DraftRecord, 'updatedAt'> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSaved = useRef<string | null>(null);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (!drafts || !next) return;
    const key = `${next.id}\u0000${next.text}`;
    if (key === lastSaved.current) return;
    lastSaved.current = key;
    const at = Date.now();
    setState({ kind: 'saving' });
    drafts.save({ ...next, updatedAt: at }).then(
      () => setState({ kind: 'saved', at }),
      (error: unknown) => {
        lastSaved.current = null;
        setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [drafts]);

  useEffect(() => {
    if (!draft) return;
    pending.current = draft;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
  }, [draft, flush]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  return state;
}
