import { shallowEqual, useSelector } from '@xstate/react';
import { useDeferredValue } from 'react';
import { playStateOf, type PlayState } from './attempt-actor';
import type { AttemptActor } from './attempt-machine';

/**
 * The attempt's state for the play screen, read with @xstate/react. Its
 * useSelector (useSyncExternalStore) renders inside the key or click handler
 * that caused the change; rendering a whole turn there, with the animations
 * and the focus move, would be one long task per choice. So the screen gets a
 * deferred copy: the urgent render hands the unchanged state to a memoized
 * screen (which skips it), and React renders the new turn as a transition, in
 * short slices, after the frame is painted. (Choices carry their turn, so a
 * click on a not-yet-replaced response cannot answer the next question.) The
 * ending is applied at once: it is small, it takes focus, and the screen moves
 * on to the debrief from it.
 */
export function usePlayState(attempt: AttemptActor): PlayState {
  const live = useSelector(attempt, playStateOf, shallowEqual);
  const deferred = useDeferredValue(live);
  return live.view.status === 'ended' ? live : deferred;
}
