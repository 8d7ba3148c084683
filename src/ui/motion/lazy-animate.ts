import type { animate as motionAnimate } from 'motion/mini';
import { motionReduced } from './enter-line';

type Animate = typeof motionAnimate;

let loaded: Animate | null = null;
let loading: Promise<void> | null = null;

/**
 * Starts loading motion's animate (motion/mini, about 2.5 KB gzip) as its own
 * chunk, outside the screen's first load. A screen calls this when it starts,
 * so the library is there by the time its content draws.
 */
export function preloadAnimate(): void {
  // Offline without a cached chunk, or a failed request: things simply show without motion.
  loading ??= import('motion/mini').then(
    (module) => void (loaded = module.animate),
    () => undefined,
  );
}

/**
 * motion's animate once it has loaded and motion is allowed (Settings, then
 * the device), else null: content is never held back waiting for the library,
 * and never drawn twice (shown, hidden, then animated in).
 */
export function readyAnimate(): Animate | null {
  return loaded && !motionReduced() ? loaded : null;
}

/** For tests: the animate function the screens get, as if it had loaded. */
export function setAnimateForTests(animate: Animate | null): void {
  loaded = animate;
  loading = Promise.resolve();
}
