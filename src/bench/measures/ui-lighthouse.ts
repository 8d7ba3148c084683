import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import type { BenchMeasure } from '../bench-types';
import { builtApp, previewServer } from './ui-built-app';

const PORT = Number(process.env.BENCH_UI_PORT ?? 4311);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/** e.g. `BENCH_LIGHTHOUSE_ROUTES=debrief` while working on one route. */
const ONLY_ROUTES = process.env.BENCH_LIGHTHOUSE_ROUTES?.split(',');
/** A folder to keep each full Lighthouse report in, to see which element or request a score hangs on. */
const KEEP_REPORTS = process.env.BENCH_LIGHTHOUSE_REPORTS;
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface LighthouseReport {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number } | undefined>;
}

const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
} as const;

/** Median of each metric Lighthouse's performance score is made of, so a low score says which part is slow. */
function metricMedians(reports: LighthouseReport[]): Record<keyof typeof METRICS, number | null> {
  const entries = Object.entries(METRICS).map(([key, audit]) => {
    const value = median(reports.map((r) => r.audits[audit]?.numericValue ?? null));
    return [key, value === null ? null : Math.round(value * 1000) / 1000];
  });
  return Object.fromEntries(entries) as Record<keyof typeof METRICS, number | null>;
}

/**
 * One Lighthouse 12.2.3 run. Gated on category scores: some trace audits fail on newer Chromium (stack.md §7).
 * With `profile`, runs in a copy of that Chromium profile and keeps its site data (a saved attempt for the
 * debrief); its HTTP caches are dropped so the page still loads cold.
 */
function lighthouse(url: string, profile?: string): LighthouseReport {
  const work = mkdtempSync(join(tmpdir(), 'cg-lighthouse-'));
  try {
    const output = join(work, 'report.json');
    const userData = join(work, 'profile');
    if (profile) {
      cpSync(profile, userData, { recursive: true });
      for (const cache of ['Cache', 'Code Cache']) rmSync(join(userData, 'Default', cache), { recursive: true, force: true });
    }
    const result = spawnSync(
      'npx',
      [
        'lighthouse',
        url,
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        '--only-categories=performance,accessibility,best-practices',
        ...(profile ? ['--disable-storage-reset'] : []),
        `--chrome-flags=${[...CHROME_FLAGS, `--user-data-dir=${userData}`].join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROME }, stdio: 'ignore', timeout: 180_000 },
    );
    if (result.status !== 0) throw new Error(`lighthouse exited with ${String(result.status)}`);
    if (KEEP_REPORTS) cpSync(output, join(KEEP_REPORTS, `${String(Date.now())}-${new URL(url).hash.split('/')[1] || 'library'}.json`));
    return JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

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

const score = (report: LighthouseReport, id: string) => report.categories[id]?.score ?? null;
const median = (values: (number | null)[]) => {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return sorted.length === 0 ? null : (sorted[Math.floor((sorted.length - 1) / 2)] as number);
};

/**
 * Lighthouse category scores (median of BENCH_LIGHTHOUSE_RUNS, default 3) for the library, a play route,
 * a debrief and the history (both with one saved attempt), on the built app under vite preview. Target: performance ≥ 0.95, accessibility 1.
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
          pass: performance !== null && performance >= 0.95 && accessibility === 1,
        };
      }
    } finally {
      server.stop();
      if (seeded) rmSync(seeded, { recursive: true, force: true });
    }
  },
};
