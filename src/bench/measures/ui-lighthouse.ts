import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import type { BenchMeasure } from '../bench-types';
import { answerFirstStart } from './first-start';
import { lighthouse, median, metricMedians, score } from './lighthouse-run';
import { builtApp, previewServer } from './ui-built-app';

const PORT = Number(process.env.BENCH_UI_PORT ?? 4311);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/** e.g. `BENCH_LIGHTHOUSE_ROUTES=debrief` while working on one route. */
const ONLY_ROUTES = process.env.BENCH_LIGHTHOUSE_ROUTES?.split(',');

/**
 * A Chromium profile holding one finished attempt of `scenario` (response 1
 * every turn), and the debrief address it ended on.
 */
async function profileWithAttempt(base: string, scenario: string): Promise<{ profile: string; hash: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'cg-lighthouse-seed-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: true,
    args: ['--disable-gpu', '--no-first-run', '--mute-audio'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}#/play/${scenario}`);
    await answerFirstStart(page);
    const responses = page.getByRole('group', { name: 'Responses' });
    await responses.waitFor();
    while (await responses.isVisible()) {
      const first = responses.getByRole('button').first();
      if (await first.isEnabled()) await first.click();
      await page.waitForTimeout(100);
    }
    await page.waitForURL(/#\/debrief\//, { timeout: 30_000 });
    await page.getByRole('heading', { level: 1, name: /Debrief/ }).waitFor();
    return { profile, hash: new URL(page.url()).hash };
  } finally {
    await context.close();
  }
}

/**
 * Lighthouse category scores (median of BENCH_LIGHTHOUSE_RUNS, default 3) for the library, a play route,
 * a debrief and the history (both with one saved attempt), on the built app under vite preview. Target (issue 15): performance ≥ 0.97, accessibility 1.
 */
export const uiLighthouse: BenchMeasure = {
  name: 'ui-lighthouse',
  description: 'Lighthouse performance / accessibility / best-practices scores of the built trainee routes (median of 3)',
  async *run() {
    const dist = builtApp();
    const server = await previewServer(dist, PORT);
    let seeded: string | null = null;
    try {
      const html = readFileSync(join(dist, 'index.html'), 'utf8');
      if (!html.includes('id="root"')) throw new Error('built index.html has no #root');
      const playId = process.env.BENCH_PLAY_SCENARIO ?? 'work-injury-claim';
      const debrief = await profileWithAttempt(server.url, playId);
      seeded = debrief.profile;
      for (const [route, hash, profile] of [
        ['library', '#/', undefined],
        ['play', `#/play/${playId}`, undefined],
        ['debrief', debrief.hash, debrief.profile],
        ['history', '#/history', debrief.profile],
      ] as const) {
        if (ONLY_ROUTES && !ONLY_ROUTES.includes(route)) continue;
        const reports = Array.from({ length: RUNS }, () => lighthouse(`${server.url}${hash}`, profile));
        const performance = median(reports.map((r) => score(r, 'performance')));
        const accessibility = median(reports.map((r) => score(r, 'accessibility')));
        yield {
          measure: 'ui-lighthouse',
          route,
          runs: RUNS,
          performance,
          performanceRuns: reports.map((r) => score(r, 'performance')).join(' '),
          accessibility,
          bestPractices: median(reports.map((r) => score(r, 'best-practices'))),
          ...metricMedians(reports),
          runtimeError: reports.find((r) => r.runtimeError)?.runtimeError?.code ?? null,
          pass: performance !== null && performance >= 0.97 && accessibility === 1,
        };
      }
    } finally {
      server.stop();
      if (seeded) rmSync(seeded, { recursive: true, force: true });
    }
  },
};
