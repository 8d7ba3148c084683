import { describe, expect, it, vi } from 'vitest';
import type { StoreChange } from './store.types';
import { fakeAttempt, fakeProfile } from './testing/fake-records';
import { openTestStore } from './testing/open-test-store';

describe('Store.onChange', () => {
  it('tells this tab which tables an import changed, once it has committed', async () => {
    const { store } = await openTestStore();
    const changes: StoreChange[] = [];
    store.onChange((change) => changes.push(change));
    const profile = fakeProfile({ id: 'imported' });
    await store.addRecords({ profiles: [profile], attempts: [fakeAttempt({ profileId: profile.id })] });
    expect(changes).toEqual([{ tables: ['profiles', 'attempts'], otherTab: false }]);
    expect(await store.profiles.get('imported')).toEqual(profile);
  });

  it('passes another tab’s changes on, with their tables', async () => {
    const first = await openTestStore();
    const second = await openTestStore(first.name);
    const changes: StoreChange[] = [];
    second.store.onChange((change) => changes.push(change));
    await first.store.profiles.create('Ben');
    await vi.waitFor(() => expect(changes).toEqual([{ tables: ['profiles'], otherTab: true }]), { timeout: 3000 });
  });

  it('stops calling a listener once unsubscribed', async () => {
    const { store } = await openTestStore();
    const listener = vi.fn();
    store.onChange(listener)();
    await store.profiles.create('Ana');
    expect(listener).not.toHaveBeenCalled();
  });
});
