import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
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

export interface LighthouseReport {
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
export function metricMedians(reports: LighthouseReport[]): Record<keyof typeof METRICS, number | null> {
  const entries = Object.entries(METRICS).map(([key, audit]) => {
    const value = median(reports.map((r) => r.audits[audit]?.numericValue ?? null));
    return [key, value === null ? null : Math.round(value * 1000) / 1000];
  });
  return Object.fromEntries(entries) as Record<keyof typeof METRICS, number | null>;
}

/**
 * One Lighthouse 12.2.3 run. Gated on category scores: some trace audits fail on newer Chromium (stack.md §7).
 * With `profile`, runs in a copy of that Chromium profile and keeps its site data (a saved attempt for the
 * debrief); its HTTP caches and service worker are dropped so the page still loads cold.
 */
export function lighthouse(url: string, profile?: string): LighthouseReport {
  const work = mkdtempSync(join(tmpdir(), 'cg-lighthouse-'));
  try {
    const output = join(work, 'report.json');
    const userData = join(work, 'profile');
    if (profile) {
      cpSync(profile, userData, { recursive: true });
      // The service worker's copy too: whether seeding left one installed depends on timing, and with it the
      // page loads from the worker's cache (a repeat visit, scoring about 1.0) instead of from the network.
      for (const cache of ['Cache', 'Code Cache', 'Service Worker'])
        rmSync(join(userData, 'Default', cache), { recursive: true, force: true });
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

export const score = (report: LighthouseReport, id: string) => report.categories[id]?.score ?? null;
export const median = (values: (number | null)[]) => {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return sorted.length === 0 ? null : (sorted[Math.floor((sorted.length - 1) / 2)] as number);
};
