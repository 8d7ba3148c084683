/**
 * Runs `step` in a task of its own, after whatever the current task is doing.
 * A browser task over 50 ms blocks input on a slow phone; start-up work split
 * this way (evaluating the bundle, then each download's link tags, then
 * React's root) never adds up to one such task.
 */
export function inOwnTask(step: () => void): void {
  setTimeout(step, 0);
}
