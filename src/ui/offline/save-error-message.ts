import { isChunkLoadError } from './chunk-load-error';

/**
 * The play screen's words when saving failed because the part that scores
 * the attempt could not be downloaded (offline before it was stored, or
 * replaced by a new version), instead of a message naming the module; null
 * for any other failure. The attempt is kept on this device meanwhile, and the
 * attempt statechart (attempt-machine.ts) keeps trying to save it.
 */
export function offlineSaveMessage(error: unknown): string | null {
  if (!isChunkLoadError(error)) return null;
  return "You're offline, or part of Common Ground could not be downloaded. Your attempt is kept on this device and will be saved: it is tried again every few seconds, or choose Try again once you're back online.";
}
