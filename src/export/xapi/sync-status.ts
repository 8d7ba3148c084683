/** What the settings screen shows about sending statements. */
export interface SyncStatus {
  /** An LRS is configured in settings. */
  configured: boolean;
  /** Statements waiting in the outbox (including any the LRS rejected for good). */
  queued: number;
  /** A send is in progress. */
  sending: boolean;
  lastSuccessAt: number | null;
  lastError: string | null;
  lastErrorAt: number | null;
}

export const INITIAL_SYNC_STATUS: SyncStatus = {
  configured: false,
  queued: 0,
  sending: false,
  lastSuccessAt: null,
  lastError: null,
  lastErrorAt: null,
};

/**
 * The last success and last error survive a reload, so an instructor can see
 * "last sent yesterday" after reopening the app. They hold no credentials.
 */
const KEY = 'common-ground.xapi-sync';

type Remembered = Pick<SyncStatus, 'lastSuccessAt' | 'lastError' | 'lastErrorAt'>;

export function loadRememberedStatus(): Remembered {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? 'null');
    if (parsed && typeof parsed === 'object') {
      const { lastSuccessAt = null, lastError = null, lastErrorAt = null } = parsed as Partial<Remembered>;
      return {
        lastSuccessAt: typeof lastSuccessAt === 'number' ? lastSuccessAt : null,
        lastError: typeof lastError === 'string' ? lastError : null,
        lastErrorAt: typeof lastErrorAt === 'number' ? lastErrorAt : null,
      };
    }
  } catch {
    // Storage blocked or garbled: start without history.
  }
  return { lastSuccessAt: null, lastError: null, lastErrorAt: null };
}

export function rememberStatus(status: SyncStatus): void {
  try {
    const { lastSuccessAt, lastError, lastErrorAt } = status;
    globalThis.localStorage?.setItem(KEY, JSON.stringify({ lastSuccessAt, lastError, lastErrorAt }));
  } catch {
    // Best effort only.
  }
}

/**
 * Calls `listener` when another tab records a success or a problem (the
 * `storage` event fires only in the other tabs), so every tab shows the same
 * last problem. Returns a stop function.
 */
export function onRememberedStatusChange(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  listener: (remembered: Remembered) => void,
): () => void {
  const onStorage = (event: Event): void => {
    const key = (event as StorageEvent).key;
    if (key === KEY || key === null) listener(loadRememberedStatus());
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
