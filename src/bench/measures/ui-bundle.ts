import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchMeasure } from '../bench-types';
import { builtApp } from './ui-built-app';

/** Budget for the trainee's first-load JavaScript (issue 4), gzip bytes. */
const BUDGET_BYTES = 150 * 1024;

/** Relative imports of a built chunk: static ones (needed before it runs) and dynamic ones. */
function importsOf(code: string): { staticImports: string[]; dynamicImports: string[] } {
  const staticImports = [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map(
    (m) => m[1] as string,
  );
  const dynamicImports = [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1] as string);
  return { staticImports, dynamicImports };
}

/** A chunk and everything it statically imports, as paths relative to the assets folder. */
function closure(assets: string, start: string[], seen = new Set<string>()): Set<string> {
  for (const file of start) {
    if (seen.has(file)) continue;
    seen.add(file);
    const { staticImports } = importsOf(readFileSync(join(assets, file), 'utf8'));
    closure(assets, staticImports.map((p) => p.replace(/^\.\//, '')), seen);
  }
  return seen;
}

const gzipBytes = (assets: string, files: Iterable<string>) =>
  [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length, 0);

/** The first dynamic chunk whose file name starts with `prefix`. */
function dynamicChunk(assets: string, from: Iterable<string>, prefix: string): string | undefined {
  for (const file of from) {
    const found = importsOf(readFileSync(join(assets, file), 'utf8'))
      .dynamicImports.map((p) => p.replace(/^\.\//, ''))
      .find((name) => name.startsWith(prefix));
    if (found) return found;
  }
  return undefined;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/**
 * Gzip size of the JavaScript a trainee downloads, from the built index.html:
 * - entry: the static module graph (the library route);
 * - playRoute: entry + the play screen's chunk graph + motion's animation
 *   features (the screen's LazyMotion fetches them as it mounts) + the
 *   flagship scenario's data;
 * - storage: the storage chunk (Dexie) and what it adds beyond the entry,
 *   fetched in parallel from the start; reported beside the budget, not in it.
 */
export const uiBundle: BenchMeasure = {
  name: 'ui-bundle',
  description: 'First-load JS (gzip) of the trainee routes from the built app (target ≤ 150 KB)',
  *run() {
    const dist = builtApp();
    const assets = join(dist, 'assets');
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const entries = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1] as string);
    const entry = closure(assets, entries);
    const scenario = process.env.BENCH_PLAY_SCENARIO ?? 'work-injury-claim';
    const routeChunks = ['play-page', scenario]
      .map((prefix) => dynamicChunk(assets, entry, prefix))
      .filter((file): file is string => file !== undefined);
    const screen = closure(assets, routeChunks, new Set(entry));
    // The play screen's LazyMotion fetches the animation features as it mounts.
    const features = dynamicChunk(assets, screen, 'motion-features');
    if (!features) throw new Error('no motion-features chunk imported by the entry or the play screen');
    const playRoute = closure(assets, [features], screen);
    const storage = dynamicChunk(assets, entry, 'storage');
    const playRouteBytes = gzipBytes(assets, new Set([...entry, ...playRoute]));
    yield {
      measure: 'ui-bundle',
      entryGzipKB: kb(gzipBytes(assets, entry)),
      playRouteGzipKB: kb(playRouteBytes),
      // Only what the storage chunk adds: closure() returns the seeded entry files too.
      storageGzipKB: storage ? kb(gzipBytes(assets, [...closure(assets, [storage], new Set(entry))].filter((f) => !entry.has(f)))) : null,
      playRouteFiles: entry.size + playRoute.size,
      budgetKB: BUDGET_BYTES / 1024,
      pass: playRouteBytes <= BUDGET_BYTES,
    };
  },
};
