import type { Settings } from './storage.types';

/**
 * Settings before a trainee changes anything. Its own small module so the UI
 * can show them before the storage chunk (and Dexie) has loaded.
 */
export const DEFAULT_SETTINGS: Settings = {
  activeProfileId: null,
  askedForName: false,
  mode: 'coach',
  volume: 0.8,
  muted: false,
  ambient: false,
  speechSynthesis: false,
  timeLimitFactor: 1,
  reducedMotion: 'system',
  freeTextMode: 'off',
  keepTypedWords: true,
  lrs: null,
};
