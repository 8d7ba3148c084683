import { canonicalJson } from '../engine/trainee';
import type { TableName } from './backend/backend.types';
import type { StoreContext } from './store-context';
import type { ImportResult, Store, TransferRecords } from './store.types';
import type { AttemptRecord } from './storage.types';
import { withoutPin } from './profile-pin';
import { isAttempt, isProfile } from './validate/record-checks';

const ALL_TABLES: TableName[] = ['profiles', 'settings', 'attempts', 'inProgress', 'drafts', 'outbox', 'packScenarios', 'packClips'];

const conflictSentence = (attempt: AttemptRecord, i: number) =>
  `The attempt at “${attempt.scenarioTitle}” (attempts[${i}]) has the same id as one already here but different contents, so the one here was kept.`;

type Transfer = Pick<Store, 'readRecords' | 'addRecords' | 'clearAll'>;

/** Backup, restore and spreadsheet export: the store's side of src/export/backup, which reads and writes the files. */
export function transferApi(ctx: StoreContext): Transfer {
  /** Readable profiles (one, or all) with their readable attempts; unreadable ones are reported. */
  async function readRecords(profileId?: string): Promise<TransferRecords> {
    const profilesTable = ctx.backend.table('profiles');
    const rows = profileId === undefined ? await profilesTable.all() : [await profilesTable.get(profileId)];
    const present = rows.filter((row) => row !== undefined);
    if (profileId !== undefined && present.length === 0) throw new Error(`There is no profile with id "${profileId}".`);
    // A PIN stays on its device: a backup is for moving records and for instructors.
    const profiles = ctx.check('profiles', present, isProfile).records.map(withoutPin);
    const attempts: AttemptRecord[] = [];
    for (const profile of profiles) {
      const attemptRows = await ctx.backend.table('attempts').where('profileId', profile.id);
      attempts.push(...ctx.check('attempts', attemptRows, isAttempt).records);
    }
    attempts.sort((a, b) => a.finishedAt - b.finishedAt);
    return { profiles, attempts };
  }

  return {
    readRecords,
    async addRecords({ profiles, attempts }, rejectedByReader = []): Promise<Extract<ImportResult, { ok: true }>> {
      const rejected = rejectedByReader.length > 0 ? { rejected: rejectedByReader } : {};
      // One transaction: every new record lands, or (quota, crash) none does.
      return ctx.write(['profiles', 'attempts'], async (tx) => {
        const knownProfiles = await tx.table('profiles').existing(profiles.map((p) => p.id));
        const newProfiles = profiles.filter((profile) => !knownProfiles.has(profile.id)).map(withoutPin);
        const knownAttempts = await tx.table('attempts').existing(attempts.map((a) => a.id));
        const seen = new Map<string, string>();
        const conflicts: string[] = [];
        const newAttempts: AttemptRecord[] = [];
        for (const [i, attempt] of attempts.entries()) {
          const content = canonicalJson(attempt);
          const earlier =
            seen.get(attempt.id) ?? (knownAttempts.has(attempt.id) ? canonicalJson(await tx.table('attempts').get(attempt.id)) : null);
          if (earlier === null) newAttempts.push(attempt);
          // The same id with other contents: never replaced silently; the record here is kept and the clash named.
          else if (earlier !== content) conflicts.push(conflictSentence(attempt, i));
          if (!seen.has(attempt.id)) seen.set(attempt.id, earlier ?? content);
        }
        await tx.table('profiles').bulkPut(newProfiles);
        await tx.table('attempts').bulkPut(newAttempts);
        return {
          ok: true as const,
          profilesAdded: newProfiles.length,
          attemptsAdded: newAttempts.length,
          attemptsSkipped: attempts.length - newAttempts.length,
          ...rejected,
          ...(conflicts.length > 0 && { conflicts }),
        };
      });
    },
    clearAll: () =>
      ctx.write(ALL_TABLES, async (tx) => {
        for (const name of ALL_TABLES) await tx.table(name).clear();
      }),
  };
}
