import { describe, expect, it } from 'vitest';
import { isChunkLoadError } from './chunk-load-error';
import { offlineSaveMessage } from './save-error-message';

const MODULE = 'https://example.org/assets/score-Cb-urRhD.js';

describe('isChunkLoadError', () => {
  it.each([
    [`Failed to fetch dynamically imported module: ${MODULE}`], // Chromium
    [`error loading dynamically imported module: ${MODULE}`], // Firefox
    ['Importing a module script failed.'], // Safari
    ['Unable to preload CSS for /assets/play-page.css'], // Vite's stylesheet preload
  ])('recognises "%s"', (message) => {
    expect(isChunkLoadError(new TypeError(message))).toBe(true);
  });

  it('leaves other failures alone', () => {
    expect(isChunkLoadError(new Error('QuotaExceededError'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });
});

describe('offlineSaveMessage', () => {
  it('says the attempt is kept, in plain words, when the scorer could not be downloaded', () => {
    const message = offlineSaveMessage(new TypeError(`Failed to fetch dynamically imported module: ${MODULE}`)) ?? '';
    expect(message).toMatch(/^You're offline/);
    expect(message).toContain('Your attempt is kept on this device and will be saved');
    expect(message).not.toContain('assets/');
    expect(message).not.toContain('module');
  });

  it('leaves other failures to the play screen’s own message', () => {
    expect(offlineSaveMessage(new Error('The disk is full'))).toBeNull();
  });
});
