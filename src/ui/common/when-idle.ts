/**
 * Runs `task` when the main thread is idle (or soon, where there is no
 * requestIdleCallback), so it never shares a task with a gesture's handler
 * or with the work drawing a screen.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: timeoutMs });
  else setTimeout(task, 50);
}
