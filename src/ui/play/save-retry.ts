/**
 * The first wait before a failed save is tried again, doubling after each
 * failure up to the last: space freed while the trainee waits is noticed
 * without them doing anything, and a disk that stays full is not hammered.
 */
export const RETRY_DELAYS_MS = [2_000, 4_000, 8_000, 15_000, 30_000] as const;

/** The wait before the next try, after `failures` failures in a row (at least one). */
export function retryDelay(failures: number): number {
  return RETRY_DELAYS_MS[Math.min(Math.max(failures, 1), RETRY_DELAYS_MS.length) - 1]!;
}

/** The one message the play screen shows while saving fails, in plain words. */
export function saveProblemMessage(diskFull: boolean, detail: string): string {
  const cause = diskFull
    ? 'Your browser has run out of space for Common Ground, so this conversation could not be saved.'
    : `This conversation could not be saved (${detail}).`;
  return (
    `${cause} It is paused, and nothing is lost: it stays on this screen and is saved as soon as saving works again. ` +
    (diskFull ? 'Free some space (for example, clear data other websites keep), then choose Try again. ' : 'Choose Try again. ') +
    'It is also tried again every few seconds.'
  );
}
