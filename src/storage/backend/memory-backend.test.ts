import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from './memory-backend';

describe('createMemoryBackend', () => {
  it('discards every write of a transaction that fails part-way', async () => {
    const backend = createMemoryBackend();
    await backend.transact(['profiles'], (tx) => tx.table('profiles').put({ id: 'p0' }));

    const failing = backend.transact(['profiles', 'attempts'], async (tx) => {
      await tx.table('profiles').put({ id: 'p1' });
      await tx.table('attempts').put({ id: 'a1', profileId: 'p1' });
      throw new Error('disk full');
    });

    await expect(failing).rejects.toThrow('disk full');
    expect(await backend.table('profiles').all()).toEqual([{ id: 'p0' }]);
    expect(await backend.table('attempts').count()).toBe(0);
  });

  it('keys in-progress records by profile and scenario, and copies values like IndexedDB', async () => {
    const backend = createMemoryBackend();
    const record = { profileId: 'p1', scenarioId: 's1', note: 'first' };
    await backend.transact(['inProgress'], (tx) => tx.table('inProgress').put(record));
    record.note = 'mutated after saving';
    await backend.transact(['inProgress'], (tx) => tx.table('inProgress').put({ profileId: 'p1', scenarioId: 's2' }));

    expect(await backend.table('inProgress').get(['p1', 's1'])).toEqual({ profileId: 'p1', scenarioId: 's1', note: 'first' });
    expect(await backend.table('inProgress').where('profileId', 'p1')).toHaveLength(2);
    expect(
      await backend.table('inProgress').existing([
        ['p1', 's2'],
        ['p2', 's2'],
      ]),
    ).toEqual(new Set(['["p1","s2"]']));
  });

  it('refuses a table the transaction did not name', async () => {
    const backend = createMemoryBackend();
    await expect(backend.transact(['profiles'], async (tx) => tx.table('attempts').put({ id: 'a' }))).rejects.toThrow(
      /not part of this transaction/,
    );
  });
});
