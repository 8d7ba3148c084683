import { describe, expect, it, vi } from 'vitest';
import { openStore } from './open-store';
import { fakeAttempt } from './testing/fake-records';
import { openTestStore } from './testing/open-test-store';

describe('two tabs on one database', () => {
  it('tells the other tab to refresh after a write, once per burst', async () => {
    const first = await openTestStore();
    const second = await openTestStore(first.name);

    await first.store.attempts.save(fakeAttempt({ id: 'x1', profileId: 'p1' }));
    await first.store.attempts.save(fakeAttempt({ id: 'x2', profileId: 'p1' }));

    await vi.waitFor(() => expect(second.notices.map((n) => n.kind)).toEqual(['other-tab']), { timeout: 3000 });
    expect(first.notices).toEqual([]);
    expect((await second.store.attempts.listByProfile('p1')).records).toHaveLength(2);
  });

  it('keeps both tabs’ writes when they save at the same time', async () => {
    const first = await openTestStore();
    const second = await openTestStore(first.name);

    await Promise.all([
      first.store.attempts.save(fakeAttempt({ id: 'from-first', profileId: 'p1' })),
      second.store.attempts.save(fakeAttempt({ id: 'from-second', profileId: 'p1' })),
      first.store.settings.update({ muted: true }),
      second.store.settings.update({ volume: 0.3 }),
    ]);

    const ids = (await first.store.attempts.listByProfile('p1')).records.map((a) => a.id).sort();
    expect(ids).toEqual(['from-first', 'from-second']);
    expect(await second.store.settings.get()).toMatchObject({ muted: true, volume: 0.3 });
  });
});

describe('without IndexedDB', () => {
  it('falls back to memory and says so', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error -- simulating a browser where IndexedDB is missing
    delete globalThis.indexedDB;
    try {
      const store = await openStore({ name: 'no-idb' });
      const kinds: string[] = [];
      store.onNotice((notice) => kinds.push(notice.kind));
      await vi.waitFor(() => expect(kinds).toEqual(['unavailable']));
      expect(store.mode).toBe('memory');
      const profile = await store.profiles.create('Ana');
      await store.attempts.save(fakeAttempt({ id: 'm1', profileId: profile.id }));
      expect((await store.attempts.listByProfile(profile.id)).records).toHaveLength(1);
      store.close();
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('keeps memory writes all-or-nothing too', async () => {
    const store = await openStore({ memory: true });
    const profile = await store.profiles.create('Ana');
    const records = await store.readRecords(profile.id);
    await store.clearAll();
    expect(await store.profiles.list()).toEqual([]);
    expect(await store.addRecords(records)).toMatchObject({ ok: true, profilesAdded: 1 });
    expect(await store.profiles.list()).toEqual([profile]);
    store.close();
  });
});
