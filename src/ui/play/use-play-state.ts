import { startTransition, useEffect, useState } from 'react';
import type { PlayController, PlayState } from './play-controller';

/**
 * The controller's state for the play screen. useSyncExternalStore would
 * render every turn synchronously inside the key or click handler, with the
 * animations and the focus move flushed in the same task: one long task per
 * choice. A new turn is applied as a transition instead, so React renders it
 * in short slices and starts animations after the frame is painted. (PlayScreen
 * guards choices by turn, so a click on a not-yet-replaced response cannot
 * answer the next question.) The ending is applied at once: it is small, it
 * takes focus, and the screen moves on to the debrief from it.
 */
export function usePlayState(controller: PlayController): PlayState {
  const [state, setState] = useState(controller.getState);
  useEffect(() => {
    const update = () => {
      const next = controller.getState();
      if (next.view.status === 'ended') setState(next);
      else startTransition(() => setState(next));
    };
    const unsubscribe = controller.subscribe(update);
    // Anything emitted between the first render and subscribing.
    update();
    return unsubscribe;
  }, [controller]);
  return state;
}
