import type { StoreContext } from './store-context';
import type { Store } from './store.types';
import { attemptCheck, inProgressCheck, isAttempt, isInProgress } from './validate/record-checks';
import type { Check } from './validate/checks';

/** Refuses to store a malformed record: that is a bug in the caller, not a trainee problem. */
function assertValid(check: Check, record: unknown, what: string): void {
  const problem = check(record, what);
  if (problem) throw new TypeError(`Refusing to save an invalid ${what}: ${problem}`);
}

/**
 * Finished attempts. Every query names a profile, so one trainee never sees
 * another's history on a shared computer.
 */
export function attemptsApi(ctx: StoreContext, activeProfileId: () => Promise<string | null>): Store['attempts'] {
  return {
    save: async (record) => {
      assertValid(attemptCheck, record, 'attempt');
      // The attempt and the end of its in-progress record land together: a
      // failure (e.g. the quota) leaves the conversation resumable, never lost.
      return ctx.write(['attempts', 'inProgress'], async (tx) => {
        await tx.table('attempts').put(record);
        const key: [string, string] = [record.profileId, record.scenarioId];
        const open = await tx.table('inProgress').get(key);
        if (isInProgress(open) && open.registration === record.registration) {
          await tx.table('inProgress').delete(key);
        }
      });
    },
    async listByProfile(profileId) {
      const rows = await ctx.backend.table('attempts').where('profileId', profileId);
      const checked = ctx.check('attempts', rows, isAttempt);
      checked.records.sort((a, b) => b.finishedAt - a.finishedAt);
      return checked;
    },
    async get(id, profileId) {
      const scope = profileId ?? (await activeProfileId());
      const row = await ctx.backend.table('attempts').get(id);
      if (row === undefined) return null;
      const record = ctx.check('attempts', [row], isAttempt).records[0];
      return record && record.profileId === scope ? record : null;
    },
  };
}

/** Conversations in progress, one per profile and scenario. */
export function inProgressApi(ctx: StoreContext): Store['inProgress'] {
  const readAll = async (profileId: string) =>
    ctx.check('inProgress', await ctx.backend.table('inProgress').where('profileId', profileId), isInProgress).records;
  return {
    save: async (record) => {
      assertValid(inProgressCheck, record, 'inProgress');
      return ctx.write(['inProgress'], (tx) => tx.table('inProgress').put(record));
    },
    async get(profileId, scenarioId) {
      const row = await ctx.backend.table('inProgress').get([profileId, scenarioId]);
      if (row === undefined) return null;
      return ctx.check('inProgress', [row], isInProgress).records[0] ?? null;
    },
    async latest(profileId) {
      const records = await readAll(profileId);
      return records.reduce<(typeof records)[number] | null>(
        (best, record) => (!best || record.updatedAt > best.updatedAt ? record : best),
        null,
      );
    },
    clear: (profileId, scenarioId) => ctx.write(['inProgress'], (tx) => tx.table('inProgress').delete([profileId, scenarioId])),
  };
}
