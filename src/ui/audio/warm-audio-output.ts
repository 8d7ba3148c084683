/** Longest wait for the audio output before going ahead without it (a browser may never answer). */
const WARM_LIMIT_MS = 1000;

/**
 * Starts the browser's audio output without blocking the page. The first
 * AudioContext of a page waits, on the main thread, for the browser's audio
 * service to start: 70–250 ms here, and on a loaded phone more, which
 * Lighthouse counts as blocking time on the play route. Asking for the list
 * of media devices starts that service asynchronously; a context made after
 * it takes a few milliseconds. The list itself is not kept or read, and
 * asking for it needs no permission. Where the API is missing (insecure
 * origins, tests), it resolves at once and the context costs what it did.
 */
export function warmAudioOutput(): Promise<void> {
  const devices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (typeof devices?.enumerateDevices !== 'function') return Promise.resolve();
  const listed = devices.enumerateDevices().then(
    () => undefined,
    () => undefined,
  );
  const limit = new Promise<void>((resolve) => setTimeout(resolve, WARM_LIMIT_MS));
  return Promise.race([listed, limit]);
}
