import { describe, expect, it } from 'vitest';
import { hashPin, pinMatches } from './pin-hash';
import { withoutPin } from './profile-pin';
import { openRawDb, openTestStore } from './testing/open-test-store';

describe('profile PINs', () => {
  it('stores a salted hash, never the PIN, and checks it', async () => {
    const { store, name } = await openTestStore();
    const ana = await store.profiles.create('Ana');
    const saved = await store.profiles.setPin(ana.id, '4821');
    expect(saved.pin).toMatchObject({ scheme: 'sha256-salted', rounds: 2000 });
    expect(saved.pin?.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(saved.pin?.hash).toMatch(/^[0-9a-f]{64}$/);

    const db = await openRawDb(name);
    expect(JSON.stringify(await db.table('profiles').get(ana.id))).not.toContain('4821');
    db.close();

    expect(await store.profiles.checkPin(ana.id, '4821')).toBe(true);
    expect(await store.profiles.checkPin(ana.id, '4822')).toBe(false);
    expect(await store.profiles.checkPin(ana.id, '')).toBe(false);
    expect((await store.profiles.get(ana.id))?.pin).toEqual(saved.pin);
  });

  it('salts each PIN afresh, so two profiles with the same PIN store different hashes', async () => {
    const { store } = await openTestStore();
    const ana = await store.profiles.setPin((await store.profiles.create('Ana')).id, '123456');
    const ben = await store.profiles.setPin((await store.profiles.create('Ben')).id, '123456');
    expect(ana.pin?.hash).not.toBe(ben.pin?.hash);
  });

  it('changes and removes a PIN', async () => {
    const { store } = await openTestStore();
    const { id } = await store.profiles.create('Ana');
    await store.profiles.setPin(id, '1111');
    await store.profiles.setPin(id, '2222');
    expect(await store.profiles.checkPin(id, '1111')).toBe(false);
    expect(await store.profiles.checkPin(id, '2222')).toBe(true);
    const removed = await store.profiles.setPin(id, null);
    expect(removed).not.toHaveProperty('pin');
    expect(await store.profiles.checkPin(id, '2222')).toBe(false);
  });

  it('refuses a PIN that is not 4 to 12 digits, or a profile that does not exist', async () => {
    const { store } = await openTestStore();
    const { id } = await store.profiles.create('Ana');
    for (const bad of ['123', '1234567890123', '12a4', ' 1234'])
      await expect(store.profiles.setPin(id, bad)).rejects.toThrow(/4 to 12 digits/);
    await expect(store.profiles.setPin('nobody', '1234')).rejects.toThrow(/no readable profile/);
    expect(await store.profiles.checkPin('nobody', '1234')).toBe(false);
  });

  it('leaves the PIN out of backups and out of imported profiles', async () => {
    const { store } = await openTestStore();
    const { id } = await store.profiles.create('Ana');
    await store.profiles.setPin(id, '4821');
    const backup = await store.readRecords();
    expect(JSON.stringify(backup)).not.toContain('"pin"');

    const other = (await openTestStore()).store;
    const withPin = { ...backup.profiles[0]!, pin: { scheme: 'sha256-salted' as const, salt: '00', rounds: 1, hash: 'ab' } };
    expect(await other.addRecords({ profiles: [withPin], attempts: [] })).toMatchObject({ ok: true, profilesAdded: 1 });
    expect(await other.profiles.get(id)).not.toHaveProperty('pin');
  });

  it('matches no PIN when the stored PIN record is damaged', async () => {
    const { store, name } = await openTestStore();
    const { id } = await store.profiles.create('Ana');
    const db = await openRawDb(name);
    await db.table('profiles').update(id, { pin: { scheme: 'sha256-salted', salt: 7, hash: null } });
    db.close();
    expect(await store.profiles.checkPin(id, '1234')).toBe(false);
  });

  it('hashes deterministically for a given salt and compares in full', () => {
    const stored = hashPin('98765', '00'.repeat(16));
    expect(hashPin('98765', '00'.repeat(16))).toEqual(stored);
    expect(pinMatches(stored, '98765')).toBe(true);
    expect(pinMatches({ ...stored, hash: stored.hash.slice(0, 63) }, '98765')).toBe(false);
    expect(withoutPin({ id: 'a', pin: stored })).toEqual({ id: 'a' });
  });
});
