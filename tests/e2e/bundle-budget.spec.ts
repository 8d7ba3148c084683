import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { FIRST_LOAD_BUDGET_BYTES, firstLoadJs } from '../../src/bench/measures/first-load-js';
import { readRouteFiles } from '../../src/ui/app/route-files';
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
 * ten, the route preloader included; without them the debrief fetched 21
 * (22 counting a file an import after a comment hid), and storage 11 more.
 */
test('each trainee route fetches at most 11 JavaScript files before its first screen, storage at most 3 more', () => {
  const { routes, storageFiles } = firstLoadJs(DIST, FLAGSHIP);
  for (const { route, files } of routes) expect.soft(files.length, `${route}: ${files.join(', ')}`).toBeLessThanOrEqual(11);
  expect(storageFiles, 'storage').not.toBeNull();
  expect(storageFiles!.length, `storage: ${storageFiles!.join(', ')}`).toBeLessThanOrEqual(3);
});

/**
 * The route preloader (src/route-preload.ts) asks for exactly the files each
 * screen then imports: one missing would be fetched late, one extra wasted.
 */
test('index.html names, for each screen that reads records, the files it loads beyond the main bundle', () => {
  const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
  const files = readRouteFiles(
    /<meta name="route-files" content="([^"]*)"/.exec(html)?.[1]?.replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
  );
  expect(files, 'route files in index.html').not.toBeNull();
  const { routes, storageFiles } = firstLoadJs(DIST, FLAGSHIP);
  const entry = new Set(routes.find((r) => r.route === 'library')!.files);
  const scripts = (list: string[]) => list.filter((file) => file.endsWith('.js')).map((file) => file.replace(/^assets\//, ''));
  expect(new Set(scripts(files!.storage))).toEqual(new Set(storageFiles));
  for (const route of ['play', 'debrief', 'history'] as const) {
    const scenario = route === 'play' ? [files!.scenarios[FLAGSHIP]!.play] : route === 'debrief' ? [files!.scenarios[FLAGSHIP]!.whole] : [];
    const listed = new Set(scripts([...files!.storage, ...files!.screens[route], ...scenario]));
    const needed = new Set([...routes.find((r) => r.route === route)!.files.filter((file) => !entry.has(file)), ...storageFiles!]);
    expect(listed, route).toEqual(needed);
  }
});
