/** First retry after about this long; each failure doubles it. */
export const BACKOFF_BASE_MS = 2_000;
/** Never wait longer than this between tries (the `online` event and a reload retry at once anyway). */
export const BACKOFF_CAP_MS = 5 * 60_000;

/**
 * Exponential back-off with "equal jitter": half the delay is fixed, half
 * random, so many browsers coming back online at once do not hit the LRS in
 * step, yet no retry comes sooner than half the nominal delay.
 * `attempts` is the number of failed sends so far (1 after the first failure).
 */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const nominal = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(nominal / 2 + random() * (nominal / 2));
}
