/** Whether motion should be instant: Settings' own choice first, else the device's preference. */
export function motionReduced(): boolean {
  const choice = document.documentElement.dataset.motion;
  if (choice === 'reduce') return true;
  if (choice === 'no-preference') return false;
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Brings a new conversation line in: a short fade and rise, run by the
 * browser's own Web Animations (element.animate), so it stays off the main
 * thread and adds no library to the play route. Instant under reduced motion.
 */
const entered = new WeakSet<Element>();

export function enterLine(element: HTMLElement): void {
  // React calls a ref again on every render: a line comes in once.
  if (entered.has(element)) return;
  entered.add(element);
  if (motionReduced() || typeof element.animate !== 'function') return;
  element.animate(
    { opacity: [0, 1], transform: ['translateY(8px)', 'translateY(0)'] },
    { duration: 200, easing: 'cubic-bezier(0, 0, 0.58, 1)' },
  );
}
