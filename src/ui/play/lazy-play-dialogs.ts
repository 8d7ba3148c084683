import { lazy, useEffect, useState } from 'react';
import { useAfterFirstScreen } from '../common/after-first-screen';
import type { EndingPanel } from './ending-panel';

/**
 * Pause, restart and leave, and the panel shown when the conversation ends,
 * kept off the play route's first load (its budget is 130 KB): the play
 * screen asks for them once the conversation is on screen and the page is idle, so by the time
 * the trainee opens one, or the conversation ends, it is there.
 */
export const loadPlayDialogs = () => import('./play-dialogs');

export const LazyPlayDialogs = lazy(() => loadPlayDialogs().then((module) => ({ default: module.PlayDialogs })));

/**
 * The ending panel, fetched once the conversation is on screen (or at once if
 * it has already ended, as a resumed one can have); null until it has
 * arrived (a conversation ends many seconds later, so in practice it is
 * there). Held in state rather than behind `lazy`, which would show its
 * fallback for a moment even when the code had long arrived.
 */
export function useEndingPanel(ended: boolean): typeof EndingPanel | null {
  const [panel, setPanel] = useState<{ component: typeof EndingPanel } | null>(null);
  const load = useAfterFirstScreen() || ended;
  useEffect(() => {
    if (!load) return;
    let live = true;
    import('./ending-panel').then(
      (module) => live && setPanel({ component: module.EndingPanel }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [load]);
  return panel?.component ?? null;
}
