/** Wrong PINs allowed before the first wait. */
export const FREE_TRIES = 3;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 5 * 60_000;

/**
 * How long to wait after `failures` wrong PINs in a row: none for the first
 * few, then 30 seconds, doubling with each further miss up to 5 minutes. It
 * slows guessing at the screen; it is kept in memory only, so a reload starts
 * it again (the PIN is a privacy screen, not a lock: see profile-pin.ts).
 */
export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES));
}

/** Per profile, for this page load: wrong PINs in a row and when the next try may be made. */
const misses = new Map<string, { failures: number; until: number }>();

export function missesFor(profileId: string): { failures: number; until: number } {
  return misses.get(profileId) ?? { failures: 0, until: 0 };
}

export function recordMiss(profileId: string, now: number): { failures: number; until: number } {
  const failures = missesFor(profileId).failures + 1;
  const next = { failures, until: now + waitAfter(failures) };
  misses.set(profileId, next);
  return next;
}

export function clearMisses(profileId: string): void {
  misses.delete(profileId);
}

/** "30 seconds", "2 minutes": how long a wait is, in words. */
export function waitInWords(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
