import type { Settings } from '../../storage/storage.types';

/**
 * Whether attempt events should reach the xAPI service at all: only while
 * settings hold an LRS. Without one nothing is queued (and anything queued
 * earlier could not be sent), so the service's chunk, its store connection
 * and @xapi/xapi stay unloaded. Reads the settings through the app's own
 * store connection each time, so configuring an LRS applies at once. (Whether
 * the configuration is usable the service checks itself: this file is in the
 * first-load bundle and stays tiny.)
 */
export function createLrsGate(readSettings: () => Promise<Pick<Settings, 'lrs'>>): () => Promise<boolean> {
  return async () => {
    try {
      return (await readSettings()).lrs !== null;
    } catch {
      // Storage could not be read: there is nothing to send from, either.
      return false;
    }
  };
}
