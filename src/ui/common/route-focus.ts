/**
 * After an in-app navigation the new page's heading takes focus, so screen
 * reader and keyboard users start at the new content. On the first load the
 * browser's own focus is left alone. Registered at import, before React
 * subscribes, so the flag is set before the new page renders.
 */
let pending = false;
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    pending = true;
  });
}

/** True once per navigation: the first heading to ask gets the focus. */
export function takeRouteFocus(): boolean {
  const result = pending;
  pending = false;
  return result;
}
