/**
 * Why a call to the LRS did not succeed. `http` carries the status; the
 * others never reached a usable answer.
 */
export type LrsErrorKind = 'unreachable' | 'timeout' | 'too-large' | 'redirect' | 'off-origin' | 'bad-answer' | 'http';

/** An LRS answer other than success; `status` 0 means there was no usable HTTP status. */
export class LrsError extends Error {
  override readonly name = 'LrsError';
  constructor(
    readonly status: number,
    message: string,
    readonly kind: LrsErrorKind = status === 0 ? 'unreachable' : 'http',
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
  switch (error.kind) {
    case 'unreachable':
      return 'Could not reach the Learning Record Store (offline, wrong address, or it does not allow this site).';
    case 'timeout':
      return 'The Learning Record Store did not answer in time; it will be tried again.';
    case 'too-large':
      return 'The Learning Record Store sent an answer too large to read; nothing was taken from it.';
    case 'redirect':
      return 'The Learning Record Store sent this app to another address, which it does not follow. Check the endpoint address.';
    case 'off-origin':
      return 'The Learning Record Store pointed to a different server for the next page; the app does not send credentials there.';
    case 'bad-answer':
      return `The Learning Record Store’s answer was not what xAPI requires (${error.message.slice(0, 120)}); statements stay queued.`;
    case 'http':
      break;
  }
  const { status } = error;
  if (status === 401) return 'The Learning Record Store refused the key and secret (HTTP 401).';
  if (status === 403) return 'These credentials are not allowed to do that on the Learning Record Store (HTTP 403).';
  if (status === 404) return 'No xAPI endpoint at that address (HTTP 404). It usually ends in /xAPI/ or /data/xAPI/.';
  if (status === 400) return `The Learning Record Store rejected a statement (HTTP 400): ${error.message.slice(0, 160)}`;
  if (status === 409) return 'The Learning Record Store already holds a different statement with this id (HTTP 409).';
  return `The Learning Record Store had a problem (HTTP ${status}); it will be tried again.`;
}
