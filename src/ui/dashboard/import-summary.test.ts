import { describe, expect, it } from 'vitest';
import { buildExportFile } from '../../export/records';
import { fakeAttempt, fakeProfile } from '../../storage/testing/fake-records';
import { importSummary } from './import-summary';

const me = fakeProfile({ id: 'me', displayName: 'Ana' });
const ben = fakeProfile({ id: 'ben', displayName: 'Ben' });
const result = { ok: true as const, profilesAdded: 1, attemptsAdded: 2, attemptsSkipped: 0 };

describe('importSummary', () => {
  it('names no other profile when every attempt is the trainee’s own, whatever other profiles the file lists', () => {
    const file = buildExportFile([me, ben], [fakeAttempt({ profileId: me.id })]);
    expect(importSummary(result, file, me)).toBe('Imported 2 attempts; added 1 profile.');
  });

  it('names the profile the attempts went under, telling apart one with the same name', () => {
    const twin = fakeProfile({ id: 'twin', displayName: 'Ana' });
    expect(importSummary(result, buildExportFile([twin], [fakeAttempt({ profileId: twin.id })]), me)).toBe(
      'Imported 2 attempts; added 1 profile. Attempts by another profile named Ana are under that profile: switch to it in Settings to see them.',
    );
  });

  it('lists the records left out, each with its reason', () => {
    const rejected = ['The attempt at “X” (attempts[1]) was not imported: its finish time is not a possible date.'];
    expect(importSummary({ ...result, rejected }, buildExportFile([me], []), me)).toBe(
      `Imported 2 attempts; added 1 profile. 1 record could not be imported: ${rejected[0]}`,
    );
  });
});
