/**
 * A set of listeners for one kind of event: the one way sessions, storage
 * notices, the xAPI sync status, the update prompt, the cmi5 Review launch and
 * the response reader's status tell their subscribers.
 * A listener removed while an event is being delivered does not hear it.
 */
export interface Listeners<T> {
  /** Adds `listener`; returns the function that removes it. */
  subscribe: (listener: (value: T) => void) => () => void;
  emit: (value: T) => void;
  /** Whether `listener` is still subscribed (for replays scheduled earlier). */
  has: (listener: (value: T) => void) => boolean;
  /** Removes every listener (the source is closing). */
  clear: () => void;
}

export function createListeners<T = void>(): Listeners<T> {
  const set = new Set<(value: T) => void>();
  return {
    subscribe(listener) {
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    emit(value) {
      for (const listener of [...set]) if (set.has(listener)) listener(value);
    },
    has: (listener) => set.has(listener),
    clear: () => set.clear(),
  };
}
