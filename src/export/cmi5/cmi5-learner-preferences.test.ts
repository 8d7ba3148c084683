import { describe, expect, it } from 'vitest';
import { startCmi5Session } from './cmi5-launch';
import { NO_PREFERENCES, parseLearnerPreferences } from './cmi5-learner-preferences';
import { fakeLms, memoryStorage } from './testing/fake-lms';

describe('cmi5 learner preferences (§11)', () => {
  it('reads the language list and the audio preference', () => {
    expect(parseLearnerPreferences(JSON.stringify({ languagePreference: 'fr-FR, en-US,', audioPreference: 'off' }))).toEqual({
      languages: ['fr-FR', 'en-US'],
      audio: 'off',
    });
    expect(parseLearnerPreferences(JSON.stringify({ audioPreference: 'on', extra: 1 }))).toEqual({ languages: [], audio: 'on' });
  });

  it('counts a missing, unreadable or malformed document as no preferences', () => {
    for (const text of [
      null,
      '',
      'not json',
      '[]',
      '"off"',
      JSON.stringify({ audioPreference: 'loud' }),
      JSON.stringify({ languagePreference: 7 }),
    ]) {
      expect(parseLearnerPreferences(text), String(text)).toEqual(NO_PREFERENCES);
    }
  });

  it('is fetched with the session’s token as part of the launch', async () => {
    const lms = fakeLms();
    lms.preferences.document = JSON.stringify({ languagePreference: 'de-DE', audioPreference: 'off' });
    const start = await startCmi5Session({
      search: lms.launch('s1'),
      storage: memoryStorage(),
      onProblem: () => undefined,
      fetchImpl: lms.fetchImpl,
    });
    expect(start.ok && start.preferences).toEqual({ languages: ['de-DE'], audio: 'off' });
  });

  it('does not stop the launch when the LMS has no profile or cannot answer for it', async () => {
    const lms = fakeLms();
    const none = await startCmi5Session({
      search: lms.launch('s1'),
      storage: memoryStorage(),
      onProblem: () => undefined,
      fetchImpl: lms.fetchImpl,
    });
    expect(none.ok && none.preferences).toEqual(NO_PREFERENCES);
    const broken = await startCmi5Session({
      search: lms.launch('s2'),
      storage: memoryStorage(),
      onProblem: () => undefined,
      fetchImpl: (url, init) =>
        url.includes('/agents/profile') ? Promise.resolve(new Response('down', { status: 503 })) : lms.fetchImpl(url, init),
    });
    expect(broken.ok && broken.preferences).toEqual(NO_PREFERENCES);
  });
});
