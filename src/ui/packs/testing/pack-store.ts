// Test helper: the fake store with the real store's pack table (IndexedDB through fake-indexeddb).
import { openStore } from '../../../storage';
import { fakeStore, type FakeStore } from '../../test-util/fake-store';

let next = 0;

export async function storeWithPacks(): Promise<FakeStore> {
  const base = fakeStore();
  const real = await openStore({ name: `pack-ui-test-${Date.now()}-${next++}` });
  return {
    ...base,
    packScenarios: real.packScenarios,
    onChange: (listener) => {
      const offBase = base.onChange(listener);
      const offReal = real.onChange(listener);
      return () => {
        offBase();
        offReal();
      };
    },
  };
}
