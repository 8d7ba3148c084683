/** The first wait before saving is tried again, doubling after each failure up to the last. */
export const RETRY_DELAYS_MS = [2_000, 4_000, 8_000, 15_000, 30_000] as const;

/**
 * Tries a failed save again on a timer that backs off, so space freed while
 * the trainee waits is noticed without them doing anything, and a disk that
 * stays full is not hammered.
 */
export class SaveRetry {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;

  constructor(private readonly run: () => void) {}

  /** Arms the next try, unless one is already waiting. */
  schedule(): void {
    if (this.timer !== null) return;
    const delay = RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)]!;
    this.failures += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.run();
    }, delay);
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** After a save went through: the next failure starts the back-off again. */
  reset(): void {
    this.cancel();
    this.failures = 0;
  }
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
