import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchMeasure } from '../bench-types';
import { builtApp, previewServer } from './ui-built-app';

const PORT = Number(process.env.BENCH_UI_PORT ?? 4311);
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
}

/** One Lighthouse 12.2.3 run. Gated on category scores: some trace audits fail on newer Chromium (stack.md §7). */
function lighthouse(url: string): LighthouseReport {
  const work = mkdtempSync(join(tmpdir(), 'cg-lighthouse-'));
  try {
    const output = join(work, 'report.json');
    const result = spawnSync(
      'npx',
      [
        'lighthouse',
        url,
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=${[...CHROME_FLAGS, `--user-data-dir=${join(work, 'profile')}`].join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, stdio: 'ignore', timeout: 180_000 },
    );
    if (result.status !== 0) throw new Error(`lighthouse exited with ${String(result.status)}`);
    return JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const score = (report: LighthouseReport, id: string) => report.categories[id]?.score ?? null;

/** Lighthouse category scores for the library and a play route, on the built app under vite preview. */
export const uiLighthouse: BenchMeasure = {
  name: 'ui-lighthouse',
  description: 'Lighthouse performance / accessibility / best-practices scores of the built trainee routes',
  async *run() {
    const dist = builtApp();
    const server = await previewServer(dist, PORT);
    try {
      const html = readFileSync(join(dist, 'index.html'), 'utf8');
      if (!html.includes('id="root"')) throw new Error('built index.html has no #root');
      const playId = process.env.BENCH_PLAY_SCENARIO ?? 'work-injury-claim';
      for (const [route, hash] of [
        ['library', '#/'],
        ['play', `#/play/${playId}`],
      ] as const) {
        const report = lighthouse(`${server.url}${hash}`);
        yield {
          measure: 'ui-lighthouse',
          route,
          performance: score(report, 'performance'),
          accessibility: score(report, 'accessibility'),
          bestPractices: score(report, 'best-practices'),
          runtimeError: report.runtimeError?.code ?? null,
        };
      }
    } finally {
      server.stop();
    }
  },
};
