import type { DraftRecord } from '../../../storage/storage.types';

export type { DraftRecord };

/** The storage layer's `drafts` table, as the Author page uses it (contract: Store['drafts']). */
export interface DraftsPort {
  save: (draft: DraftRecord) => Promise<void>;
  get: (id: string) => Promise<DraftRecord | null>;
  /** Newest first. */
  list: () => Promise<{ records: DraftRecord[] }>;
  remove: (id: string) => Promise<void>;
}

/**
 * The app shell hands screens a narrower StorePort that does not declare
 * drafts; the real store has them. Checked at run time, not cast blindly.
 */
export function draftsOf(store: unknown): DraftsPort | null {
  if (typeof store !== 'object' || store === null || !('drafts' in store)) return null;
  const drafts = store.drafts;
  if (typeof drafts !== 'object' || drafts === null) return null;
  const api = drafts as Partial<DraftsPort>;
  return typeof api.save === 'function' && typeof api.list === 'function' && typeof api.remove === 'function' ? (api as DraftsPort) : null;
}

/** An in-memory DraftsPort, for tests and for when storage cannot open. */
export function memoryDrafts(seed: DraftRecord[] = []): DraftsPort & { records: Map<string, DraftRecord> } {
  const records = new Map(seed.map((d) => [d.id, d]));
  return {
    records,
    save: async (draft) => {
      records.set(draft.id, { ...draft });
    },
    get: async (id) => records.get(id) ?? null,
    list: async () => ({ records: [...records.values()].sort((a, b) => b.updatedAt - a.updatedAt) }),
    remove: async (id) => {
      records.delete(id);
    },
  };
}
