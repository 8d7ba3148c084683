import type { StoreContext } from './store-context';
import type { Store } from './store.types';
import { draftCheck, isDraft, isOutbox, outboxCheck } from './validate/record-checks';

function assertValid(problem: string | null): void {
  if (problem) throw new TypeError(`Refusing to save an invalid record: ${problem}`);
}

/** Authoring drafts: scenario YAML saved as the author types. */
export function draftsApi(ctx: StoreContext): Store['drafts'] {
  return {
    save: async (draft) => {
      assertValid(draftCheck(draft, 'draft'));
      return ctx.write(['drafts'], (tx) => tx.table('drafts').put(draft));
    },
    async get(id) {
      const row = await ctx.backend.table('drafts').get(id);
      if (row === undefined) return null;
      return ctx.check('drafts', [row], isDraft).records[0] ?? null;
    },
    async list() {
      const checked = ctx.check('drafts', await ctx.backend.table('drafts').all(), isDraft);
      checked.records.sort((a, b) => b.updatedAt - a.updatedAt);
      return checked;
    },
    remove: (id) => ctx.write(['drafts'], (tx) => tx.table('drafts').delete(id)),
  };
}

/** The xAPI outbox. Storage keeps the queue; the xAPI module decides when to send. */
export function outboxApi(ctx: StoreContext): Store['outbox'] {
  return {
    enqueue: async (records) => {
      records.forEach((record, i) => assertValid(outboxCheck(record, `outbox[${i}]`)));
      if (records.length === 0) return;
      await ctx.write(['outbox'], async (tx) => {
        // Keyed by statement id: a statement queued twice is kept once.
        const table = tx.table('outbox');
        const existing = await table.existing(records.map((record) => record.id));
        await table.bulkPut(records.filter((record) => !existing.has(record.id)));
      });
    },
    async due(now, limit) {
      const rows = await ctx.backend.table('outbox').where('status', 'pending');
      return ctx
        .check('outbox', rows, isOutbox)
        .records.filter((record) => record.nextAttemptAt <= now)
        .sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.createdAt - b.createdAt)
        .slice(0, limit);
    },
    update: async (record) => {
      assertValid(outboxCheck(record, 'outbox'));
      return ctx.write(['outbox'], (tx) => tx.table('outbox').put(record));
    },
    remove: (ids) => ctx.write(['outbox'], (tx) => tx.table('outbox').bulkDelete(ids)),
    count: () => ctx.backend.table('outbox').count(),
  };
}
