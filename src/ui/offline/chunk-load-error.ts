/**
 * What browsers say when a part of the app loaded on demand (a screen, the
 * scorer) could not be downloaded: Chromium and Firefox name the module
 * ("…dynamically imported module: https://…"), Safari says "Importing a module
 * script failed", and Vite's stylesheet preload "Unable to preload CSS".
 */
const CHUNK_LOAD_FAILURE = /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_LOAD_FAILURE.test(error.message);
}
