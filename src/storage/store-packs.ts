import type { StoreContext } from './store-context';
import type { Store } from './store.types';
import { isPackScenario, packScenarioCheck } from './validate/pack-scenario-check';

/** Scenarios added from scenario packs (see PackScenarioRecord). */
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
    add: async (records) => {
      records.forEach((record, i) => {
        const problem = packScenarioCheck(record, `packScenarios[${i}]`);
        if (problem) throw new TypeError(`Refusing to save an invalid record: ${problem}`);
      });
      await ctx.write(['packScenarios'], async (tx) => {
        const table = tx.table('packScenarios');
        for (const record of records) {
          // The version listed until now is kept, marked replaced, for attempts played against it.
          const older = await table.where('scenarioId', record.scenarioId);
          for (const row of older) {
            if (!isPackScenario(row) || row.contentHash === record.contentHash || row.replacedAt !== null) continue;
            await table.put({ ...row, replacedAt: record.addedAt });
          }
          await table.put(record);
        }
      });
    },
    remove: async (scenarioId) => {
      await ctx.write(['packScenarios'], async (tx) => {
        const table = tx.table('packScenarios');
        const rows = await table.where('scenarioId', scenarioId);
        await table.bulkDelete(rows.filter(isPackScenario).map((row) => row.contentHash));
      });
    },
  };
}
