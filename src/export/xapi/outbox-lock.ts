/** The Web Locks name the app's tabs share for draining the outbox. */
export const OUTBOX_LOCK = 'common-ground-xapi-outbox';

/**
 * Runs `work` holding the outbox lock, or returns false at once when another
 * tab holds it (that tab is draining the same queue, so waiting would only
 * pile up tabs behind it). The work's every LRS call has a timeout, so a hung
 * LRS can hold the lock only until that timeout, never for good.
 */
export async function tryWithOutboxLock(
  work: () => Promise<void>,
  locks: LockManager | undefined = globalThis.navigator?.locks,
): Promise<boolean> {
  if (!locks) {
    await work();
    return true;
  }
  return locks.request(OUTBOX_LOCK, { ifAvailable: true }, async (lock) => {
    if (!lock) return false;
    await work();
    return true;
  });
}
