import { PACK_CLIPS_BUDGET_BYTES, PackClipBudgetError } from './errors';
import type { Transaction } from './backend/backend.types';
import type { StoreContext } from './store-context';
import type { Store } from './store.types';
import type { PackClipRecord } from './storage.types';
import { isPackClip, packClipCheck } from './validate/pack-clip-check';
import { isPackScenario, packScenarioCheck } from './validate/pack-scenario-check';

function refuseInvalid(records: readonly unknown[], check: (value: unknown, path: string) => string | null, table: string): void {
  records.forEach((record, i) => {
    const problem = check(record, `${table}[${i}]`);
    if (problem) throw new TypeError(`Refusing to save an invalid record: ${problem}`);
  });
}

/** Deletes the clips of one scenario version (or, by scenarioId, of every version). */
async function deleteClips(tx: Transaction, field: 'contentHash' | 'scenarioId', value: string): Promise<void> {
  const table = tx.table('packClips');
  const rows = (await table.where(field, value)).filter(isPackClip);
  await table.bulkDelete(rows.map((row) => [row.contentHash, row.line]));
}

const sizeOf = (clips: readonly { bytes: Uint8Array }[]) => clips.reduce((sum, clip) => sum + clip.bytes.byteLength, 0);

/** Scenarios added from scenario packs (see PackScenarioRecord), and their voice clips (PackClipRecord). */
export function packScenariosApi(ctx: StoreContext): Store['packScenarios'] {
  return {
    async list() {
      const checked = ctx.check('packScenarios', await ctx.backend.table('packScenarios').all(), isPackScenario);
      checked.records.sort((a, b) => a.addedAt - b.addedAt);
      return checked;
    },
    async get(contentHash) {
      const row = await ctx.backend.table('packScenarios').get(contentHash);
      if (row === undefined) return null;
      return ctx.check('packScenarios', [row], isPackScenario).records[0] ?? null;
    },
    async clips(contentHash) {
      return ctx.check('packClips', await ctx.backend.table('packClips').where('contentHash', contentHash), isPackClip);
    },
    add: async (records, clips: readonly PackClipRecord[] = []) => {
      refuseInvalid(records, packScenarioCheck, 'packScenarios');
      refuseInvalid(clips, packClipCheck, 'packClips');
      const versions = new Set(records.map((record) => record.contentHash));
      const stray = clips.find((clip) => !versions.has(clip.contentHash));
      if (stray) throw new TypeError(`Refusing to save a clip for a scenario version not being added: ${stray.contentHash}`);
      await ctx.write(['packScenarios', 'packClips'], async (tx) => {
        const table = tx.table('packScenarios');
        for (const record of records) {
          // The version listed until now is kept, marked replaced, for attempts played against it;
          // its clips go, since only the listed version is ever played.
          const older = await table.where('scenarioId', record.scenarioId);
          for (const row of older) {
            if (!isPackScenario(row) || row.contentHash === record.contentHash || row.replacedAt !== null) continue;
            await table.put({ ...row, replacedAt: record.addedAt });
            await deleteClips(tx, 'contentHash', row.contentHash);
          }
          await table.put(record);
          // Adding a version again replaces its clips rather than mixing two sets.
          await deleteClips(tx, 'contentHash', record.contentHash);
        }
        if (clips.length === 0) return;
        // Counted inside the transaction, so two tabs adding at once cannot both pass.
        const kept = sizeOf((await tx.table('packClips').all()).filter(isPackClip));
        const incoming = sizeOf(clips);
        if (kept + incoming > PACK_CLIPS_BUDGET_BYTES) throw new PackClipBudgetError(incoming, kept);
        await tx.table('packClips').bulkPut([...clips]);
      });
    },
    remove: async (scenarioId) => {
      await ctx.write(['packScenarios', 'packClips'], async (tx) => {
        const table = tx.table('packScenarios');
        const rows = await table.where('scenarioId', scenarioId);
        await table.bulkDelete(rows.filter(isPackScenario).map((row) => row.contentHash));
        await deleteClips(tx, 'scenarioId', scenarioId);
      });
    },
  };
}
