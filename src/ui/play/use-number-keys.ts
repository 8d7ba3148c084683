import { useLayoutEffect } from 'react';

/** Elements where a digit is typing, not a choice. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Keys 1–9 pick the matching response while `enabled` (not paused, no dialog open). */
export function useNumberKeys(count: number, enabled: boolean, onNumber: (index: number) => void): void {
  // A layout effect, so the listener for a new turn is in place in the same task
  // that draws it: a key pressed right after the new responses appear must not
  // reach the previous turn's handler, which the attempt would ignore.
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (!/^[1-9]$/.test(event.key)) return;
      const index = Number(event.key) - 1;
      if (index >= count) return;
      event.preventDefault();
      onNumber(index);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [count, enabled, onNumber]);
}
