import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';

/**
 * Data a screen reads, in one shape everywhere. `data` can be present while
 * loading (a copy remembered from earlier) and after a failure (the last good
 * read); `error` says, in plain words, why the last read failed.
 */
export type Loaded<T> =
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'failed'; data: T | null; error: string };

export interface LoadOptions<T> {
  /** Shown while the first read runs (e.g. what this screen read on an earlier visit). */
  initial?: T | null;
  /** Sets the result in a transition: for data that re-renders a large page (the debrief). */
  transition?: boolean;
  /**
   * For data that holds something open (the play page's running attempt):
   * called once for each result this hook lets go of, whether it arrived after
   * its read was dropped or was held when the read changed or the screen closed.
   */
  release?: (data: T) => void;
}

const messageOf = (cause: unknown) => (cause instanceof Error && cause.message ? cause.message : String(cause));

/**
 * Runs `load` and follows it. Pass a stable function (useCallback with its
 * inputs): a new one reads again and drops the answer of the old one. `null`
 * means "not yet" (storage still opening): the state stays loading. `reload`
 * reads again with the same function, keeping the data shown meanwhile.
 * `signal` aborts when a read is dropped, for loads that should stop early.
 */
export function useLoaded<T>(
  load: ((signal: AbortSignal) => Promise<T>) | null,
  options: LoadOptions<T> = {},
): Loaded<T> & { reload: () => void } {
  const { initial = null, transition = false, release } = options;
  const [state, setState] = useState<Loaded<T>>({ status: 'loading', data: initial, error: null });
  const [version, setVersion] = useState(0);
  // Read when a result is let go of, so a new callback each render does not read again.
  const releaseRef = useRef(release);
  useEffect(() => {
    releaseRef.current = release;
  }, [release]);

  useEffect(() => {
    if (!load) return;
    let current = true;
    let held: { data: T } | null = null;
    const controller = new AbortController();
    const settle = (next: (previous: Loaded<T>) => Loaded<T>) => {
      if (transition) startTransition(() => setState(next));
      else setState(next);
    };
    load(controller.signal).then(
      (data) => {
        if (!current) return releaseRef.current?.(data);
        held = { data };
        settle(() => ({ status: 'ready', data, error: null }));
      },
      (cause: unknown) => {
        if (current) settle((previous) => ({ status: 'failed', data: previous.data, error: messageOf(cause) }));
      },
    );
    return () => {
      current = false;
      controller.abort();
      if (held) releaseRef.current?.(held.data);
    };
  }, [load, version, transition]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return useMemo(() => ({ ...state, reload }), [state, reload]);
}
