import { lazy } from 'react';

/**
 * Pause, restart and leave, and the panel shown when the conversation ends,
 * kept off the play route's first load (its budget is 130 KB): the play
 * screen asks for them once the conversation is on screen, so by the time
 * the trainee opens one, or the conversation ends, it is there.
 */
export const loadPlayDialogs = () => import('./play-dialogs');
export const loadEndingPanel = () => import('./ending-panel');

export const LazyPlayDialogs = lazy(() => loadPlayDialogs().then((module) => ({ default: module.PlayDialogs })));
export const LazyEndingPanel = lazy(() => loadEndingPanel().then((module) => ({ default: module.EndingPanel })));
