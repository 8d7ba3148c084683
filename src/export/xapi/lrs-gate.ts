import type { Settings } from '../../storage/storage.types';
import { LAUNCH_KEY } from './launch-key';

const launchedHere = (): boolean => {
  try {
    return globalThis.sessionStorage?.getItem(LAUNCH_KEY) != null;
  } catch {
    return false;
  }
};

/**
 * Whether attempt events should reach the xAPI service at all: only while
 * this tab was launched with LRS access or settings hold an LRS. Without one nothing is queued (and anything queued
 * earlier could not be sent), so the service's chunk, its store connection
 * and the LRS client stay unloaded. Reads the settings through the app's own
 * store connection each time, so configuring an LRS applies at once. (Whether
 * the configuration is usable the service checks itself: this file is in the
 * first-load bundle and stays tiny.)
 */
export function createLrsGate(
  readSettings: () => Promise<Pick<Settings, 'lrs'>>,
  hasLaunch: () => boolean = launchedHere,
): () => Promise<boolean> {
  return async () => {
    if (hasLaunch()) return true;
    try {
      return (await readSettings()).lrs !== null;
    } catch {
      // Storage could not be read: there is nothing to send from, either.
      return false;
    }
  };
}
