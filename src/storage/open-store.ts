import type { Backend } from './backend/backend.types';
import { openDexieBackend } from './backend/dexie-backend';
import { createMemoryBackend } from './backend/memory-backend';
import { DEFAULT_DB_NAME } from './backend/schema';
import { createNoticeHub } from './notices';
import { attemptsApi, inProgressApi } from './store-attempts';
import { createStoreContext } from './store-context';
import { draftsApi, outboxApi } from './store-extras';
import { packScenariosApi } from './store-packs';
import { profilesApi, settingsApi } from './store-trainee';
import type { Store } from './store.types';

export interface OpenStoreOptions {
  /** IndexedDB database name; tests and e2e use their own. */
  name?: string;
  /** Skip IndexedDB entirely (used by tests of the fallback). */
  memory?: boolean;
}

const UNAVAILABLE_MESSAGE =
  'This browser is not letting Common Ground save records (private browsing or blocked ' +
  'site data can do this). You can keep practising, but results will be lost when this ' +
  'tab closes. Download them from History before you leave.';

const UPGRADED_MESSAGE = 'Common Ground was updated in another tab. Reload this tab so your next results are saved.';

type Transfer = Pick<Store, 'readRecords' | 'addRecords' | 'clearAll'>;
type Pins = Pick<Store['profiles'], 'setPin' | 'checkPin'>;

/**
 * Methods whose code loads on first use: reading and adding records for
 * backup, restore and CSV, and profile PINs. The library and play screens
 * open the store right after first paint and never need them.
 */
function loadOnFirstUse<T extends Record<string, (...args: never[]) => Promise<unknown>>>(load: () => Promise<T>, names: (keyof T)[]): T {
  let api: Promise<T> | null = null;
  const forward =
    (name: keyof T) =>
    async (...args: never[]) =>
      ((await (api ??= load()))[name] as (...a: never[]) => unknown)(...args);
  return Object.fromEntries(names.map((name) => [name, forward(name)])) as T;
}

/**
 * Opens the trainee's records. Never rejects for lack of IndexedDB: it falls
 * back to memory and says so through onNotice ('unavailable').
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const name = options.name ?? DEFAULT_DB_NAME;
  const hub = createNoticeHub(`common-ground-store:${name}`);
  let backend: Backend;
  try {
    if (options.memory || typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available.');
    backend = await openDexieBackend({
      name,
      onVersionChange: () => hub.emitSticky({ kind: 'other-tab', message: UPGRADED_MESSAGE }),
    });
  } catch {
    backend = createMemoryBackend();
    hub.emitSticky({ kind: 'unavailable', message: UNAVAILABLE_MESSAGE });
  }

  const ctx = createStoreContext(backend, hub);
  const settings = settingsApi(ctx);
  const activeProfileId = async () => (await settings.get()).activeProfileId;
  return {
    mode: backend.mode,
    profiles: {
      ...profilesApi(ctx),
      ...loadOnFirstUse<Pins>(() => import('./store-on-demand').then((m) => m.profilePinApi(ctx)), ['setPin', 'checkPin']),
    },
    settings,
    attempts: attemptsApi(ctx, activeProfileId),
    inProgress: inProgressApi(ctx),
    drafts: draftsApi(ctx),
    outbox: outboxApi(ctx),
    packScenarios: packScenariosApi(ctx),
    onNotice: (listener) => hub.subscribe(listener),
    onChange: (listener) => hub.onChange(listener),
    ...loadOnFirstUse<Transfer>(
      () => import('./store-on-demand').then((m) => m.transferApi(ctx)),
      ['readRecords', 'addRecords', 'clearAll'],
    ),
    close() {
      hub.close();
      backend.close();
    },
  };
}
