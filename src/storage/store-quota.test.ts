import { describe, expect, it } from 'vitest';
import { StorageQuotaError } from './errors';
import { fakeAttempt, fakeInProgress, fakeProfile } from './testing/fake-records';
import { openTestStore } from './testing/open-test-store';
import { simulateQuota } from './testing/simulate-quota';

describe('a full disk (QuotaExceededError)', () => {
  it('rejects saving an attempt with StorageQuotaError and keeps the conversation resumable', async () => {
    const { store, notices } = await openTestStore();
    const open = fakeInProgress({ profileId: 'p1', scenarioId: 's1', registration: 'reg-1' });
    await store.inProgress.save(open);
    simulateQuota('attempts');

    const saving = store.attempts.save(fakeAttempt({ id: 'a1', profileId: 'p1', scenarioId: 's1', registration: 'reg-1' }));

    await expect(saving).rejects.toBeInstanceOf(StorageQuotaError);
    await expect(saving).rejects.toThrow(/run out of space.*Nothing was half saved/s);
    expect(await store.inProgress.get('p1', 's1')).toEqual(open);
    expect(await store.attempts.get('a1', 'p1')).toBeNull();
    expect(notices.map((notice) => notice.kind)).toEqual(['quota']);
  });

  it('clears the in-progress record in the same transaction when the save succeeds', async () => {
    const { store } = await openTestStore();
    await store.inProgress.save(fakeInProgress({ profileId: 'p1', scenarioId: 's1', registration: 'reg-1' }));
    await store.attempts.save(fakeAttempt({ id: 'a1', profileId: 'p1', scenarioId: 's1', registration: 'reg-1' }));
    expect(await store.inProgress.get('p1', 's1')).toBeNull();
    expect(await store.attempts.get('a1', 'p1')).not.toBeNull();
  });

  it('rolls back an import that fails part-way, leaving nothing half written', async () => {
    const { store } = await openTestStore();
    const existing = fakeProfile({ id: 'p0' });
    await store.addRecords({ profiles: [existing], attempts: [fakeAttempt({ id: 'a0', profileId: 'p0' })] });
    const profile = fakeProfile({ id: 'p1' });
    const attempts = [1, 2, 3, 4].map((n) => fakeAttempt({ id: `a${n}`, profileId: 'p1' }));
    simulateQuota('attempts', 2);

    await expect(store.addRecords({ profiles: [profile], attempts })).rejects.toBeInstanceOf(StorageQuotaError);

    expect((await store.profiles.list()).map((p) => p.id)).toEqual(['p0']);
    expect((await store.attempts.listByProfile('p1')).records).toEqual([]);
    expect((await store.attempts.listByProfile('p0')).records).toHaveLength(1);
  });

  it('lets other errors through unchanged', async () => {
    const { store } = await openTestStore();
    store.close();
    await expect(store.profiles.create('Ana')).rejects.not.toBeInstanceOf(StorageQuotaError);
  });
});
