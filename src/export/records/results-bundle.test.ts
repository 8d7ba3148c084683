import { describe, expect, it } from 'vitest';
import { fakeAttempt, fakeProfile } from '../../storage/testing/fake-records';
import { parseResultsValue } from './parse-results-bundle';
import { parseCohortFile, readCohortFile } from './read-cohort-file';
import { buildResultsBundle, resultsChecksum, resultsFileName, serializeResultsBundle, type ResultsBundle } from './results-bundle';

const APP = 'https://pt.example.edu/common-ground/';
const SENT = Date.UTC(2026, 11, 3, 15);
const NOW = SENT + 60_000;
const ana = fakeProfile({ id: 'p-ana', displayName: 'Ana Souza', programId: 'PT 101' });
const attempts = [
  fakeAttempt({ id: 'a2', profileId: 'p-ana', finishedAt: 1_700_000_900_000 }),
  fakeAttempt({ id: 'a1', profileId: 'p-ana' }),
];

const bundleText = (bundle: ResultsBundle) => serializeResultsBundle(bundle);
/** A bundle edited by hand and checksummed again, as anyone can. */
function reChecksummed(edit: (bundle: ResultsBundle) => void): string {
  const bundle = structuredClone(buildResultsBundle(ana, attempts, APP, SENT));
  edit(bundle);
  return bundleText({ ...bundle, checksum: resultsChecksum(bundle) });
}

describe('results bundle', () => {
  it('round-trips: one trainee, their course, every attempt oldest first', () => {
    const bundle = buildResultsBundle({ ...ana, pin: { scheme: 'sha256-salted', salt: 's', rounds: 1, hash: 'h' } }, attempts, APP, SENT);
    expect(bundle).toMatchObject({
      kind: 'common-ground-results',
      resultsVersion: 1,
      sentAt: '2026-12-03T15:00:00.000Z',
      course: { programId: 'PT 101', appAddress: APP },
      profile: { id: 'p-ana', displayName: 'Ana Souza', programId: 'PT 101' },
    });
    expect(bundle.profile).not.toHaveProperty('pin');
    expect(bundle.attempts.map((attempt) => attempt.id)).toEqual(['a1', 'a2']);

    const parsed = parseCohortFile(bundleText(bundle), NOW);
    expect(parsed).toMatchObject({ ok: true, rejected: [] });
    if (!parsed.ok) return;
    expect(parsed.file.profiles).toEqual([bundle.profile]);
    expect(parsed.file.attempts).toEqual(bundle.attempts);
  });

  it('names the file after the trainee, the program and the day, in safe characters', () => {
    const bundle = buildResultsBundle({ ...ana, displayName: 'José O’Neil' }, attempts, APP, SENT);
    expect(resultsFileName(bundle)).toBe('common-ground-results-jose-o-neil-pt-101-2026-12-03.json');
    const noProgram = buildResultsBundle({ ...ana, displayName: '李雷', programId: null }, attempts, APP, SENT);
    expect(resultsFileName(noProgram)).toBe('common-ground-results-trainee-2026-12-03.json');
  });

  it('detects damage: one changed character, a cut-off file, a wrong kind or version', () => {
    const text = bundleText(buildResultsBundle(ana, attempts, APP, SENT));
    expect(parseCohortFile(text.replace('"overall":70', '"overall":71'), NOW)).toMatchObject({ ok: false, reason: 'tampered' });
    expect(parseCohortFile(text.slice(0, text.length / 2), NOW)).toMatchObject({ ok: false, reason: 'truncated' });
    expect(parseResultsValue({ ...JSON.parse(text), kind: 'other' }, NOW)).toMatchObject({ ok: false, reason: 'wrong-kind' });
    expect(
      parseCohortFile(
        reChecksummed((b) => Object.assign(b, { resultsVersion: 2 })),
        NOW,
      ),
    ).toMatchObject({
      ok: false,
      reason: 'wrong-version',
    });
  });

  it('cannot tell an edit that was checksummed again: the checksum only catches damage', () => {
    const edited = reChecksummed((bundle) => (bundle.attempts[0]!.score!.overall = 100));
    const result = readCohortFile('edited.json', edited);
    expect(result.ok).toBe(true);
  });

  it('turns away records of the wrong shape, names too long, and attempts by someone else', () => {
    const cases: [string, (bundle: ResultsBundle) => void, RegExp][] = [
      ['shape', (b) => Object.assign(b.attempts[0]!, { transcript: 'none' }), /attempts\[0\]\.transcript should be a list/],
      ['name', (b) => (b.profile.displayName = 'x'.repeat(61)), /name should have 1 to 60 characters/],
      ['blank name', (b) => (b.profile.displayName = '   '), /name should have 1 to 60 characters/],
      ['program', (b) => (b.profile.programId = b.course.programId = 'p'.repeat(41)), /at most 40 characters/],
      ['course', (b) => (b.course.programId = 'PT 999'), /course’s program ID is not the trainee’s/],
      ['address', (b) => (b.course.appAddress = `https://x/${'a'.repeat(2_000)}`), /address is too long/],
      ['stranger', (b) => (b.attempts[1]!.profileId = 'p-eve'), /attempts\[1\]\) by someone other than its trainee/],
    ];
    for (const [, edit, message] of cases) {
      const result = parseCohortFile(reChecksummed(edit), NOW);
      expect(result).toMatchObject({ ok: false, reason: 'invalid-record' });
      if (!result.ok) expect(result.message).toMatch(message);
    }
  });

  it('leaves out one attempt with impossible numbers and keeps the rest', () => {
    const result = parseCohortFile(
      reChecksummed((bundle) => (bundle.attempts[0]!.score!.overall = 1e9)),
      NOW,
    );
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.file.attempts.map((attempt) => attempt.id)).toEqual(['a2']);
    expect(result.rejected).toEqual([expect.stringMatching(/overall score is 1000000000, outside 0–100/)]);
  });

  it('keeps untrusted text as text, character for character', () => {
    const markup = '<img src=x onerror="alert(1)">';
    const text = reChecksummed((bundle) => {
      bundle.profile.displayName = markup;
      bundle.attempts[0]!.scenarioTitle = `</script>${markup}`;
    });
    const result = readCohortFile('markup.json', text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.attempts[0]).toMatchObject({ traineeName: markup, scenarioTitle: `</script>${markup}`, source: 'markup.json' });
  });
});
