import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { build } from 'vite';
import { unpackWeights, type PackedCoderWeights } from '../../engine/authoring';
import { codeResponse } from '../../engine/trainee';
import type { BenchMeasure } from '../bench-types';

const root = join(import.meta.dirname, '../../..');
const corpusDir = join(root, 'src/engine/coder/corpus');
const TARGET_MEDIAN_MS = 30;

/** Every corpus utterance's text: a realistic spread of lengths to time. */
function corpusTexts(): string[] {
  return readdirSync(corpusDir)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) => readFileSync(join(corpusDir, name), 'utf8').split('\n').filter(Boolean))
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
const round = (ms: number) => Math.round(ms * 1000) / 1000;

function timings(texts: readonly string[], code: (text: string) => unknown, now: () => number): { median: number; p95: number } {
  for (const text of texts.slice(0, 200)) code(text); // Warm up: the issue times coding after the model has loaded.
  const ms = texts.map((text) => {
    const start = now();
    code(text);
    return now() - start;
  });
  ms.sort((a, b) => a - b);
  return { median: round(percentile(ms, 0.5)), p95: round(percentile(ms, 0.95)) };
}

/** The coder and its weights bundled alone, as the lazy chunk the player fetches. */
async function coderBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: join(root, 'src/bench/coder/coder-bundle-entry.ts'), formats: ['es'], fileName: 'coder' },
      // One file: the weights' own chunk is inlined so the page can load it from a string.
      rolldownOptions: { output: { inlineDynamicImports: true } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
  const code = chunks.find((chunk) => chunk.type === 'chunk');
  if (!code || code.type !== 'chunk') throw new Error('bundling the coder produced no chunk');
  return code.code;
}

export const coderLatency: BenchMeasure = {
  name: 'coder-latency',
  description: `Response-coder latency per utterance after the model has loaded, in Node and in Chromium (target median ≤ ${TARGET_MEDIAN_MS} ms), and the coder chunk's size`,
  async *run() {
    const texts = corpusTexts();
    const weights = unpackWeights(
      JSON.parse(readFileSync(join(root, 'src/engine/coder/coder-weights.json'), 'utf8')) as PackedCoderWeights,
    );
    const node = timings(
      texts,
      (text) => codeResponse(text, weights),
      () => performance.now(),
    );
    yield {
      measure: 'coder-latency',
      runtime: 'node',
      utterances: texts.length,
      medianMs: node.median,
      p95Ms: node.p95,
      targetMedianMs: TARGET_MEDIAN_MS,
      pass: node.median <= TARGET_MEDIAN_MS,
    };

    const bundle = await coderBundle();
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><title>coder bench</title>');
      const loadStart = Date.now();
      await page.addScriptTag({ content: bundle, type: 'module' });
      await page.waitForFunction(() => typeof window.codeForBench === 'function');
      const loadMs = Date.now() - loadStart;
      const browserTimes = await page.evaluate((all) => {
        const code = window.codeForBench as (text: string) => unknown;
        for (const text of all.slice(0, 200)) code(text);
        // Chromium coarsens performance.now() to 0.1 ms: time each utterance ten times over.
        const ms = all.map((text) => {
          const start = performance.now();
          for (let i = 0; i < 10; i += 1) code(text);
          return (performance.now() - start) / 10;
        });
        return ms.sort((a, b) => a - b);
      }, texts);
      yield {
        measure: 'coder-latency',
        runtime: 'chromium',
        utterances: texts.length,
        medianMs: round(percentile(browserTimes, 0.5)),
        p95Ms: round(percentile(browserTimes, 0.95)),
        modelLoadMs: loadMs,
        chunkKB: Math.round(bundle.length / 102.4) / 10,
        chunkGzipKB: Math.round(gzipSync(bundle, { level: 9 }).length / 102.4) / 10,
        targetMedianMs: TARGET_MEDIAN_MS,
        pass: percentile(browserTimes, 0.5) <= TARGET_MEDIAN_MS,
      };
    } finally {
      await browser.close();
    }
  },
};
