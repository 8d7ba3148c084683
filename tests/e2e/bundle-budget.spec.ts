import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { FIRST_LOAD_BUDGET_BYTES, firstLoadJs } from '../../src/bench/measures/first-load-js';
import { FLAGSHIP } from './helpers/app';

// The build this run serves (playwright.config.ts makes it before any spec runs).
const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../..', `dist-e2e-${process.env.E2E_PORT ?? 4173}`);

/**
 * Issue 15: at most 130 KB gzip of JavaScript before each trainee route's
 * first screen. Gzip sizes of a build are deterministic, so unlike a
 * Lighthouse score this can guard CI on a shared machine.
 * `npm run bench -- --only=ui-bundle` prints the same figures.
 */
test('each trainee route loads at most 130 KB of JavaScript (gzip) before its first screen', () => {
  const { routes } = firstLoadJs(DIST, FLAGSHIP);
  expect(routes.map((r) => r.route)).toEqual(['library', 'play', 'debrief', 'history']);
  for (const { route, gzipBytes, files } of routes) {
    const kb = (gzipBytes / 1024).toFixed(1);
    expect.soft(gzipBytes, `${route}: ${kb} KB gzip in ${files.join(', ')}`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
  }
});

/**
 * Files, not only bytes: over HTTP/1.1 a phone opens at most six connections
 * to the host, so each file past the first few waits for a round trip. The
 * chunk groups (src/build/chunk-groups.ts) keep every trainee route at about
 * ten; without them the debrief fetched 21, and storage 11 more.
 */
test('each trainee route fetches at most 10 JavaScript files before its first screen, storage at most 3 more', () => {
  const { routes, storageFiles } = firstLoadJs(DIST, FLAGSHIP);
  for (const { route, files } of routes) expect.soft(files.length, `${route}: ${files.join(', ')}`).toBeLessThanOrEqual(10);
  expect(storageFiles, 'storage').not.toBeNull();
  expect(storageFiles!.length, `storage: ${storageFiles!.join(', ')}`).toBeLessThanOrEqual(3);
});
