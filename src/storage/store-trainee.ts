import { newId } from './new-id';
import { cleanProfileFields } from './profile-fields';
import type { StoreContext } from './store-context';
import type { Store } from './store.types';
import type { Profile, Settings } from './storage.types';
import { isProfile } from './validate/record-checks';
import { repairSettings } from './validate/repair-settings';

const SETTINGS_KEY = 'settings';

// Profiles list in creation order; two made within one millisecond must not tie.
let lastCreatedAt = 0;
const nextCreatedAt = (): number => (lastCreatedAt = Math.max(Date.now(), lastCreatedAt + 1));

/** Profiles: one per trainee on this browser. */
export function profilesApi(ctx: StoreContext): Omit<Store['profiles'], 'setPin' | 'checkPin'> {
  return {
    async list() {
      const { records } = ctx.check('profiles', await ctx.backend.table('profiles').all(), isProfile);
      return records.sort((a, b) => a.createdAt - b.createdAt);
    },
    async create(displayName, programId = null) {
      const profile: Profile = { id: newId(), ...cleanProfileFields(displayName, programId), createdAt: nextCreatedAt() };
      await ctx.write(['profiles'], (tx) => tx.table('profiles').put(profile));
      return profile;
    },
    update: (id, fields) =>
      // Read and write in one transaction, so the id and creation date stay
      // exactly as stored and attempts keep pointing at the same trainee.
      ctx.write(['profiles'], async (tx) => {
        const row = await tx.table('profiles').get(id);
        const stored = row === undefined ? undefined : ctx.check('profiles', [row], isProfile).records[0];
        if (!stored) throw new TypeError(`There is no readable profile with id "${id}".`);
        const profile: Profile = { ...stored, ...cleanProfileFields(fields.displayName, fields.programId) };
        await tx.table('profiles').put(profile);
        return profile;
      }),
    async get(id) {
      const row = await ctx.backend.table('profiles').get(id);
      if (row === undefined) return null;
      return ctx.check('profiles', [row], isProfile).records[0] ?? null;
    },
  };
}

/** Settings: a single record, repaired field by field rather than skipped. */
export function settingsApi(ctx: StoreContext): Store['settings'] {
  let reported = false;
  const read = (row: unknown): Settings => {
    const stored = (row as { value?: unknown } | undefined)?.value;
    const { settings, repaired } = repairSettings(row === undefined ? undefined : stored);
    if (repaired.length > 0 && !reported) {
      reported = true;
      ctx.hub.emit({
        kind: 'corrupt-skipped',
        count: repaired.length,
        message: `Some settings could not be read (${repaired.join(', ')}), so their defaults are used until you change them.`,
      });
    }
    return settings;
  };
  return {
    get: async () => read(await ctx.backend.table('settings').get(SETTINGS_KEY)),
    update: (patch) =>
      // Read and write in one transaction, so two tabs changing different
      // settings at once both keep their change.
      ctx.write(['settings'], async (tx) => {
        const current = read(await tx.table('settings').get(SETTINGS_KEY));
        const { settings, repaired } = repairSettings({ ...current, ...patch });
        if (repaired.length > 0) throw new TypeError(`Invalid setting: ${repaired.join(', ')}`);
        await tx.table('settings').put({ key: SETTINGS_KEY, value: settings });
        return settings;
      }),
  };
}
