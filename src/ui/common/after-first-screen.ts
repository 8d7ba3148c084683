import { useEffect, useState } from 'react';
import { whenIdle } from './when-idle';

/**
 * Code the screen a trainee opened does not need yet (the offline worker,
 * motion, the connection notices, the audio library, the play screen's
 * dialogs) waits until that screen shows its content, then for an idle
 * moment. Fetched at page load instead, it shared the network and the main
 * thread with what the screen was waiting for (storage, the scenario, the
 * saved attempt), and on a slow phone the first patient line or debrief
 * painted after several more round trips.
 */
let markShown: () => void = () => undefined;
const shown = new Promise<void>((resolve) => (markShown = resolve));

/** A screen that never says it is shown (a crash, a route with nothing to mark) still gets its extras this long after asking. */
export const LONGEST_WAIT_MS = 4000;

/** The screen opened shows its content (or its failure): what was waiting may start. Later calls change nothing. */
export function firstScreenShown(): void {
  markShown();
}

/** Runs `task` once the first screen is shown and the page is idle, or after LONGEST_WAIT_MS, whichever is first. */
export function afterFirstScreen(task: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    whenIdle(task);
  };
  void shown.then(start);
  setTimeout(start, LONGEST_WAIT_MS);
}

/** For a screen: says it is shown once `ready` (its content or its failure is on screen). */
export function useFirstScreenShown(ready = true): void {
  useEffect(() => {
    if (ready) firstScreenShown();
  }, [ready]);
}

/** False until the first screen is shown and the page has been idle: for parts rendered only after it. */
export function useAfterFirstScreen(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    let live = true;
    afterFirstScreen(() => live && setAfter(true));
    return () => {
      live = false;
    };
  }, []);
  return after;
}
