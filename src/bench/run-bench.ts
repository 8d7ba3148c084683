/**
 * `npm run bench`: prints one JSON line per measure and size.
 *   npm run bench -- --only=per-choice,load-from-built --sizes=100,1000 --runs=5
 * Figures on a shared 2-core machine are indicative; compare ratios, not ms.
 */
import type { BenchContext } from './bench-types';
import { MEASURES } from './measures';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

const list = (text: string | undefined) =>
  text
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);

async function main(): Promise<void> {
  const only = list(option('only'));
  const runs = Number(option('runs') ?? 7);
  const context: BenchContext = {
    sizes: list(option('sizes'))?.map(Number) ?? [100, 1_000, 10_000],
    runsFor: (nodes) => (nodes >= 10_000 ? Math.min(3, runs) : runs),
  };
  const unknown = only?.filter((name) => !MEASURES.some((m) => m.name === name)) ?? [];
  if (unknown.length > 0) throw new Error(`Unknown measure(s): ${unknown.join(', ')}. Known: ${MEASURES.map((m) => m.name).join(', ')}`);
  for (const measure of MEASURES) {
    if (only && !only.includes(measure.name)) continue;
    try {
      for await (const line of measure.run(context)) console.log(JSON.stringify(line));
    } catch (error) {
      console.log(JSON.stringify({ measure: measure.name, error: error instanceof Error ? error.message : String(error) }));
      process.exitCode = 1;
    }
  }
}

void main();
