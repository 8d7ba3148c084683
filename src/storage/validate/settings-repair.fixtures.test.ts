import { describe, expect, it } from 'vitest';
import fixtures from './settings-repair.fixtures.json';
import { repairSettings } from './repair-settings';

/*
 * Repairs made by the hand-written checks, recorded before the storage
 * boundary moved to zod: the same stored settings keep the same fields.
 */
describe('stored settings are repaired as before', () => {
  it.each(fixtures.map((fixture, i) => ({ ...fixture, i })))('#$i repairs $repaired', ({ input, settings, repaired }) => {
    const stored = typeof input === 'object' && input !== null && 'undefined' in input ? undefined : input;
    expect(repairSettings(stored)).toEqual({ settings, repaired });
  });
});
