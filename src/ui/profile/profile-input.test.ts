import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../storage/default-settings';
import { needsName, readProfileInput } from './profile-input';

describe('readProfileInput', () => {
  it('trims both fields and treats an empty program ID as none', () => {
    expect(readProfileInput('  Sam ', '  ')).toEqual({ ok: true, displayName: 'Sam', programId: null });
    expect(readProfileInput('Sam', ' PT-1 ')).toEqual({ ok: true, displayName: 'Sam', programId: 'PT-1' });
  });

  it('names the field to fix: an empty or over-long name, an over-long program ID', () => {
    expect(readProfileInput(' ', '')).toMatchObject({ ok: false, field: 'name' });
    expect(readProfileInput('x'.repeat(61), '')).toMatchObject({ ok: false, field: 'name', message: expect.stringContaining('60') });
    expect(readProfileInput('Sam', 'x'.repeat(41))).toMatchObject({ ok: false, field: 'programId' });
  });
});

describe('needsName', () => {
  const trainee = { id: 'p1', displayName: 'Trainee', programId: null, createdAt: 1 };
  it('asks only a placeholder-named profile, only until answered, and not on instructor pages', () => {
    expect(needsName(DEFAULT_SETTINGS, trainee, 'library')).toBe(true);
    expect(needsName(DEFAULT_SETTINGS, trainee, 'play')).toBe(true);
    expect(needsName({ ...DEFAULT_SETTINGS, askedForName: true }, trainee, 'library')).toBe(false);
    expect(needsName(DEFAULT_SETTINGS, { ...trainee, displayName: 'Sam' }, 'library')).toBe(false);
    expect(needsName(DEFAULT_SETTINGS, null, 'library')).toBe(false);
    expect(needsName(DEFAULT_SETTINGS, trainee, 'dashboard')).toBe(false);
    expect(needsName(DEFAULT_SETTINGS, trainee, 'author')).toBe(false);
  });
});
