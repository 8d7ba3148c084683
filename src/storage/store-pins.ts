import { hashPin, pinMatches } from './pin-hash';
import { profilePinCheck, withoutPin } from './profile-pin';
import type { StoreContext } from './store-context';
import type { Store } from './store.types';
import type { Profile } from './storage.types';
import { isProfile } from './validate/record-checks';

/** Setting, removing and checking a profile's PIN (a privacy screen; see profile-pin.ts). */
export function profilePinApi(ctx: StoreContext): Pick<Store['profiles'], 'setPin' | 'checkPin'> {
  return {
    async setPin(id, pin) {
      // Hashed before the transaction opens: IndexedDB commits a transaction left idle.
      const hashed = pin === null ? null : hashPin(pin);
      return ctx.write(['profiles'], async (tx) => {
        const row = await tx.table('profiles').get(id);
        if (!isProfile(row)) throw new Error(`There is no readable profile with id "${id}".`);
        const next: Profile = hashed ? { ...row, pin: hashed } : withoutPin(row);
        await tx.table('profiles').put(next);
        return next;
      });
    },
    async checkPin(id, pin) {
      const row = await ctx.backend.table('profiles').get(id);
      if (!isProfile(row) || row.pin === undefined) return false;
      // Reads check only that `pin` is an object; a damaged one matches no PIN.
      return profilePinCheck(row.pin, 'pin') === null && pinMatches(row.pin, pin);
    },
  };
}
