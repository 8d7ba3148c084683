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

/**
 * Voice clips from packs may take this much of the browser's storage, all
 * packs together: about 15 times the shipped library's clips (about 3 MB for
 * 8 scenarios), and a small share of what browsers give a site, so packs
 * never crowd out a trainee's own records.
 */
export const PACK_CLIPS_BUDGET_BYTES = 50_000_000;

const megabytes = (bytes: number) => `${Math.round(bytes / 100_000) / 10} MB`;

/** A pack whose voice clips would take the clips kept from packs over PACK_CLIPS_BUDGET_BYTES; nothing was saved. */
export class PackClipBudgetError extends Error {
  override readonly name = 'PackClipBudgetError';
  constructor(incoming: number, kept: number) {
    super(
      `Its voice clips take ${megabytes(incoming)}, and this browser keeps at most ${megabytes(PACK_CLIPS_BUDGET_BYTES)} of voice clips ` +
        `from packs (${megabytes(kept)} are already kept). Nothing was added. Remove scenarios added from packs that you no longer ` +
        'need from the library, or ask your instructor for a pack with fewer voice clips.',
    );
  }
}
