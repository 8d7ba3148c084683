import { Workbox } from 'workbox-window';
import { setUpdateReady } from './update-status';

/** How often an open tab asks the server whether a new version was deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the offline service worker (built by src/build/offline-plugin.ts).
 * The first one takes charge at once; a later version installs in the
 * background and waits until the trainee chooses to reload (see
 * update-prompt.tsx), so a deploy never swaps code under an open attempt.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const workbox = new Workbox('./sw.js', { scope: './' });
  workbox.addEventListener('waiting', () => {
    setUpdateReady(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  workbox.register().then(
    // A failed check (offline, say) just waits for the next one.
    () => setInterval(() => void workbox.update().catch(() => undefined), UPDATE_CHECK_MS),
    (error: unknown) => {
      // No worker (a private window, a file:// page, plain http on another host): the app still runs online.
      console.warn('Common Ground could not set up offline use', error);
    },
  );
}
