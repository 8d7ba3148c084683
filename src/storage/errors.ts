/** The browser refused a write because its storage for this site is full. */
export class StorageQuotaError extends Error {
  override readonly name = 'StorageQuotaError';
  constructor(cause?: unknown) {
    super(
      'Your browser has run out of space for Common Ground, so this was not saved. ' +
        'Nothing was half saved. Download your records from History, then free some ' +
        'space (for example, clear old site data) and try again.',
      { cause },
    );
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * Dexie reports a quota failure under its own error (name kept), sometimes
 * wrapped in an AbortError whose `inner` is the original DOMException.
 */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    const candidate = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof candidate.name === 'string' && QUOTA_NAMES.has(candidate.name)) return true;
    current = candidate.inner ?? candidate.cause;
  }
  return false;
}
