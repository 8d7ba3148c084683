import { createListeners } from '../engine/trainee';
import type { TableName } from './backend/backend.types';
import type { StoreChange, StoreNotice } from './store.types';

type Listener = (notice: StoreNotice) => void;
type ChangeListener = (change: StoreChange) => void;

const TABLES = new Set<string>([
  'profiles',
  'settings',
  'attempts',
  'inProgress',
  'drafts',
  'outbox',
  'packScenarios',
  'packClips',
] satisfies TableName[]);

/** The tables named in another tab's message; every table when it names none (an older tab). */
function tablesOf(message: unknown): TableName[] {
  const tables = (message as { tables?: unknown } | null)?.tables;
  const named = Array.isArray(tables) ? tables.filter((table): table is TableName => TABLES.has(table as string)) : [];
  return named.length > 0 ? named : ([...TABLES] as TableName[]);
}

/** How long a burst of changes from another tab is gathered into one notice. */
const OTHER_TAB_COALESCE_MS = 500;
const CLOSE_GRACE_MS = 250;

export interface NoticeHub {
  emit: (notice: StoreNotice) => void;
  /** Emitted now and replayed to every later listener (e.g. 'unavailable'). */
  emitSticky: (notice: StoreNotice) => void;
  subscribe: (listener: Listener) => () => void;
  /** Tells this tab's change listeners, and other tabs on this browser, that these tables changed. */
  announceChange: (tables: TableName[]) => void;
  /** Called after every committed write, in this tab or another; returns an unsubscribe function. */
  onChange: (listener: ChangeListener) => () => void;
  close: () => void;
}

/**
 * Notices for the UI, plus change signals: after each committed write this
 * tab's change listeners hear which tables changed (an import adds profiles,
 * and Settings lists them at once), and a message goes out on a
 * BroadcastChannel; the other tab's store passes it to its own change
 * listeners and turns it into an 'other-tab' notice so the UI re-reads
 * (writes are per-record puts, so re-reading is all the other tab has to do;
 * nothing is overwritten).
 */
export function createNoticeHub(channelName: string): NoticeHub {
  const listeners = createListeners<StoreNotice>();
  const changeListeners = createListeners<StoreChange>();
  const sticky: StoreNotice[] = [];
  let pending: ReturnType<typeof setTimeout> | null = null;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;

  const emit = (notice: StoreNotice) => listeners.emit(notice);
  const changed = (change: StoreChange) => changeListeners.emit(change);

  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      changed({ tables: tablesOf(event.data), otherTab: true });
      if (pending) return;
      pending = setTimeout(() => {
        pending = null;
        emit({
          kind: 'other-tab',
          message: 'Your records were changed in another tab; this page now shows the latest.',
        });
      }, OTHER_TAB_COALESCE_MS);
    };
  }

  return {
    emit,
    emitSticky(notice) {
      sticky.push(notice);
      emit(notice);
    },
    subscribe(listener) {
      const unsubscribe = listeners.subscribe(listener);
      // Replay after the caller has finished subscribing, never synchronously.
      for (const notice of sticky) queueMicrotask(() => listeners.has(listener) && listener(notice));
      return unsubscribe;
    },
    announceChange(tables) {
      changed({ tables, otherTab: false });
      channel?.postMessage({ type: 'changed', at: Date.now(), tables });
    },
    onChange: (listener) => changeListeners.subscribe(listener),
    close() {
      if (pending) clearTimeout(pending);
      listeners.clear();
      changeListeners.clear();
      if (!channel) return;
      channel.onmessage = null;
      // Chromium can drop a message posted just before close(); let the last one go out.
      setTimeout(() => channel.close(), CLOSE_GRACE_MS);
    },
  };
}
