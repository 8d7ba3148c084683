import type { StoreNotice } from './store.types';

type Listener = (notice: StoreNotice) => void;

/** How long a burst of changes from another tab is gathered into one notice. */
const OTHER_TAB_COALESCE_MS = 500;
const CLOSE_GRACE_MS = 250;

export interface NoticeHub {
  emit(notice: StoreNotice): void;
  /** Emitted now and replayed to every later listener (e.g. 'unavailable'). */
  emitSticky(notice: StoreNotice): void;
  subscribe(listener: Listener): () => void;
  /** Tells other tabs on this browser that records changed. */
  announceChange(): void;
  close(): void;
}

/**
 * Notices for the UI, plus the cross-tab signal: after each committed write a
 * message goes out on a BroadcastChannel, and the other tab's store turns it
 * into an 'other-tab' notice so the UI re-reads (writes are per-record puts,
 * so re-reading is all the other tab has to do; nothing is overwritten).
 */
export function createNoticeHub(channelName: string): NoticeHub {
  const listeners = new Set<Listener>();
  const sticky: StoreNotice[] = [];
  let pending: ReturnType<typeof setTimeout> | null = null;
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;

  const emit = (notice: StoreNotice) => listeners.forEach((listener) => listener(notice));

  if (channel) {
    channel.onmessage = () => {
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
      listeners.add(listener);
      // Replay after the caller has finished subscribing, never synchronously.
      for (const notice of sticky) queueMicrotask(() => listeners.has(listener) && listener(notice));
      return () => listeners.delete(listener);
    },
    announceChange() {
      channel?.postMessage({ type: 'changed', at: Date.now() });
    },
    close() {
      if (pending) clearTimeout(pending);
      listeners.clear();
      if (!channel) return;
      channel.onmessage = null;
      // Chromium can drop a message posted just before close(); let the last one go out.
      setTimeout(() => channel.close(), CLOSE_GRACE_MS);
    },
  };
}
