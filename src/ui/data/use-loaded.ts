import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';

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
}

const messageOf = (cause: unknown) => (cause instanceof Error && cause.message ? cause.message : String(cause));

/**
 * Runs `load` and follows it. Pass a stable function (useCallback with its
 * inputs): a new one reads again and drops the answer of the old one. `null`
 * means "not yet" (storage still opening): the state stays loading. `reload`
 * reads again with the same function, keeping the data shown meanwhile.
 */
export function useLoaded<T>(load: (() => Promise<T>) | null, options: LoadOptions<T> = {}): Loaded<T> & { reload: () => void } {
  const { initial = null, transition = false } = options;
  const [state, setState] = useState<Loaded<T>>({ status: 'loading', data: initial, error: null });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!load) return;
    let current = true;
    const settle = (next: (previous: Loaded<T>) => Loaded<T>) => {
      if (!current) return;
      if (transition) startTransition(() => setState(next));
      else setState(next);
    };
    load().then(
      (data) => settle(() => ({ status: 'ready', data, error: null })),
      (cause: unknown) => settle((previous) => ({ status: 'failed', data: previous.data, error: messageOf(cause) })),
    );
    return () => {
      current = false;
    };
  }, [load, version, transition]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return useMemo(() => ({ ...state, reload }), [state, reload]);
}
