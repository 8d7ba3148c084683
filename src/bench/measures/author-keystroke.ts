import { QUICK_DELAY_MS } from '../../ui/author/validation/validation-timing';
import { runValidation } from '../../ui/author/validation/run-validation';
import type { ValidationRequest } from '../../ui/author/validation/validation-types';
import { generateScenarioYaml } from '../generate-scenarios';
import type { BenchLine, BenchMeasure } from '../bench-types';
import { median, round } from '../timing';

/** The size the Author page promises to stay responsive at; larger asked-for sizes are skipped. */
const TARGET_NODES = 1_000;
const KEYSTROKES = 40;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * The edit of keystroke `k`: one more character typed into a patient line
 * (the text grows like real typing), and on every fourth keystroke a broken
 * `next:` as well, so the error path (which also places diagnostics) is timed.
 */
function edited(base: string, k: number, typed: string[]): string {
  typed.push(String.fromCharCode(97 + (k % 26)));
  let text = base.replace('nobody listens to me at all. (0)', `nobody listens to me at all. (0) ${typed.join('')}`);
  if (k % 4 === 3) text = text.replace('next: n5\n', 'next: n5x\n');
  return text;
}

/** One round trip as the page makes it: request in, the worker's check, the result cloned back. */
function roundTrip(request: ValidationRequest): { ms: number; errors: boolean; graphKey: string | null } {
  const start = performance.now();
  const result = structuredClone(runValidation(structuredClone(request)));
  return { ms: performance.now() - start, errors: !result.ok, graphKey: result.graphKey };
}

/**
 * Keystroke → diagnostics on the Author page: the validation worker's round
 * trip (runValidation, the same function the worker runs, around the same
 * checkScenarioSource as the CLI, plus the graph layout and the structured
 * clones of postMessage) on a generated 1,000-node scenario. The page adds
 * its typing debounce on top; the full check with route analysis follows
 * later and is reported separately.
 */
export const authorKeystroke: BenchMeasure = {
  name: 'author-keystroke',
  description: 'Author page: keystroke → diagnostics round trip in the validation worker (median, p95)',
  *run({ sizes, runsFor }) {
    const list = sizes.filter((n) => n <= TARGET_NODES);
    for (const nodes of list.length > 0 ? list : [TARGET_NODES]) {
      const base = generateScenarioYaml(nodes);
      const fileName = `bench-${nodes}.scenario.yaml`;
      const typed: string[] = [];
      for (let k = 0; k < 3; k += 1) roundTrip({ version: k, source: edited(base, k, [...typed]), fileName, analyse: false });
      const clean: number[] = [];
      const broken: number[] = [];
      // Like the page, each request names the graph already on screen, so an unchanged graph is not sent back.
      let haveGraph: string | null = null;
      for (let k = 0; k < KEYSTROKES; k += 1) {
        const sample = roundTrip({ version: k, source: edited(base, k, typed), fileName, analyse: false, haveGraph });
        haveGraph = sample.graphKey ?? haveGraph;
        (sample.errors ? broken : clean).push(sample.ms);
      }
      const all = [...clean, ...broken];
      const line: BenchLine = {
        measure: 'author-keystroke',
        nodes,
        stage: 'quick',
        median_ms: round(median(all), 1),
        p95_ms: round(percentile(all, 95), 1),
        clean_median_ms: round(median(clean), 1),
        withError_median_ms: round(median(broken), 1),
        debounce_ms: QUICK_DELAY_MS,
        keystrokes: all.length,
      };
      yield line;
      const runs = Math.max(3, Math.min(5, runsFor(nodes)));
      const full = Array.from(
        { length: runs },
        (_, k) => roundTrip({ version: k, source: edited(base, 4 * k, [...typed]), fileName, analyse: true }).ms,
      );
      yield {
        measure: 'author-keystroke',
        nodes,
        stage: 'full-analysis',
        median_ms: round(median(full), 1),
        p95_ms: round(percentile(full, 95), 1),
        runs,
      };
    }
  },
};
