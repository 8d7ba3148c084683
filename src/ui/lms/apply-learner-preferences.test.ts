import { describe, expect, it } from 'vitest';
import { fakeStore } from '../test-util/fake-store';
import { applyLearnerPreferences } from './apply-learner-preferences';

describe('applying cmi5 learner preferences', () => {
  it('mutes for "off" and unmutes for "on", saying so', async () => {
    const store = fakeStore();
    expect(await applyLearnerPreferences({ languages: [], audio: 'off' }, store.settings)).toMatch(/Sound is off/);
    expect(store.data.settings.muted).toBe(true);
    expect(await applyLearnerPreferences({ languages: [], audio: 'on' }, store.settings)).toMatch(/Sound is on/);
    expect(store.data.settings.muted).toBe(false);
  });

  it('leaves the sound alone and says nothing without preferences, or with an English one', async () => {
    const store = fakeStore({ settings: { muted: true } as never });
    expect(await applyLearnerPreferences({ languages: ['en-NZ', 'mi'], audio: null }, store.settings)).toBeNull();
    expect(store.data.settings.muted).toBe(true);
  });

  it('acknowledges a language the app does not have', async () => {
    const note = await applyLearnerPreferences({ languages: ['fr-CA', 'es'], audio: null }, fakeStore().settings);
    expect(note).toBe('Common Ground is available in English only, so it stays in English (your course preferences ask for fr-CA, es).');
  });

  it('says so when the sound preference cannot be saved, without throwing', async () => {
    const failing = { get: () => Promise.reject(new Error('blocked')), update: () => Promise.reject(new Error('blocked')) };
    expect(await applyLearnerPreferences({ languages: [], audio: 'off' }, failing)).toMatch(/could not be applied/);
  });
});
