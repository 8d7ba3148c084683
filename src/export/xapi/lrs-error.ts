/** An LRS answer other than success; `status` 0 means it could not be reached at all. */
export class LrsError extends Error {
  override readonly name = 'LrsError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A reason an instructor can act on, for the sync status line. It never
 * repeats the endpoint or credentials (the server's own message may be quoted
 * for a rejected statement, cut short).
 */
export function describeLrsError(error: unknown): string {
  if (!(error instanceof LrsError)) return 'Something went wrong while talking to the Learning Record Store.';
  const { status } = error;
  if (status === 0) return 'Could not reach the Learning Record Store (offline, wrong address, or it does not allow this site).';
  if (status === 401) return 'The Learning Record Store refused the key and secret (HTTP 401).';
  if (status === 403) return 'These credentials are not allowed to do that on the Learning Record Store (HTTP 403).';
  if (status === 404) return 'No xAPI endpoint at that address (HTTP 404). It usually ends in /xAPI/ or /data/xAPI/.';
  if (status === 400) return `The Learning Record Store rejected a statement (HTTP 400): ${error.message.slice(0, 160)}`;
  if (status === 409) return 'The Learning Record Store already holds a different statement with this id (HTTP 409).';
  return `The Learning Record Store had a problem (HTTP ${status}); it will be tried again.`;
}
