import { lazy } from 'react';

/**
 * Pause, restart and leave, kept off the play route's first load (its budget
 * is 130 KB): the play screen asks for them once the conversation is on
 * screen, so by the time the trainee opens one it is there.
 */
export const loadPlayDialogs = () => import('./play-dialogs');

export const LazyPlayDialogs = lazy(() => loadPlayDialogs().then((module) => ({ default: module.PlayDialogs })));
