import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Issue 15: every trainee route's first-load JavaScript at most 130 KB gzip. */
export const FIRST_LOAD_BUDGET_BYTES = 130 * 1024;

export const TRAINEE_ROUTES = ['library', 'play', 'debrief', 'history'] as const;
export type TraineeRoute = (typeof TRAINEE_ROUTES)[number];

export interface RouteLoad {
  route: TraineeRoute;
  /** Paths relative to the assets folder, sorted. */
  files: string[];
  gzipBytes: number;
}

/**
 * The lazy chunks each route asks for before its first screen can draw, by
 * chunk name (the file name without its hash). Every route starts from the
 * entry's static graph; `scenario` is the scenario the play and debrief
 * routes show: the debrief loads it whole, play its play-only copy
 * (`<id>-play`, src/build/catalog-module.ts).
 */
export function routeChunkNames(scenario: string): Record<TraineeRoute, string[]> {
  return {
    library: [],
    play: ['play-page', `${scenario}-play`],
    debrief: ['debrief-page', scenario],
    history: ['history-page'],
  };
}

/** Relative imports of a built chunk: static ones (needed before it runs) and dynamic ones. */
export function importsOf(code: string): { staticImports: string[]; dynamicImports: string[] } {
  const relative = (path: string) => path.replace(/^\.\//, '');
  // An import follows a statement, a block, or a comment (the bundler leaves `/* empty css */` between imports).
  const staticImports = [...code.matchAll(/(?:^|[;\n}]|\*\/)\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map(
    (m) => relative(m[1] as string),
  );
  const dynamicImports = [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => relative(m[1] as string));
  return { staticImports, dynamicImports };
}

/** A chunk's name: its file name without the content hash Vite appends. */
export const chunkName = (file: string) => file.replace(/-[\w-]{8}\.js$/, '');

/** Loads chunks from an assets folder once each. */
class Assets {
  private readonly code = new Map<string, string>();
  constructor(readonly dir: string) {}

  read(file: string): string {
    let text = this.code.get(file);
    if (text === undefined) {
      text = readFileSync(join(this.dir, file), 'utf8');
      this.code.set(file, text);
    }
    return text;
  }

  /** `start` and everything it imports statically, added to `into`. */
  closure(start: Iterable<string>, into: Set<string>): Set<string> {
    const queue = [...start];
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (into.has(file)) continue;
      into.add(file);
      queue.push(...importsOf(this.read(file)).staticImports);
    }
    return into;
  }

  /** The chunk called `name` that one of `from` imports dynamically. */
  dynamicChunk(from: Iterable<string>, name: string): string | undefined {
    for (const file of from) {
      const found = importsOf(this.read(file)).dynamicImports.find((chunk) => chunkName(chunk) === name);
      if (found) return found;
    }
    return undefined;
  }

  gzipBytes(files: Iterable<string>): number {
    return [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(this.dir, file)), { level: 9 }).length, 0);
  }
}

/** The scripts index.html loads or preloads: the entry. */
function entryFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1] as string);
}

/**
 * Gzip size of the JavaScript each trainee route downloads before its first
 * screen, from a built app (`dist` holds index.html and assets/): the entry's
 * static graph plus each of the route's lazy chunks and their static graphs.
 * Storage (Dexie) is fetched in parallel from the start by every route and
 * reported apart, as what it adds beyond the entry. Throws when a chunk the
 * route needs is missing: a renamed chunk must not pass as a smaller route.
 */
export function firstLoadJs(
  dist: string,
  scenario: string,
): { routes: RouteLoad[]; storageGzipBytes: number | null; storageFiles: string[] | null } {
  const assets = new Assets(join(dist, 'assets'));
  const entry = assets.closure(entryFiles(dist), new Set());
  const routes = Object.entries(routeChunkNames(scenario)).map(([route, names]) => {
    const files = new Set(entry);
    for (const name of names) {
      const chunk = assets.dynamicChunk(files, name);
      if (!chunk) throw new Error(`no chunk "${name}" is imported on the ${route} route`);
      assets.closure([chunk], files);
    }
    return { route: route as TraineeRoute, files: [...files].sort(), gzipBytes: assets.gzipBytes(files) };
  });
  const storage = assets.dynamicChunk(entry, 'storage');
  const storageOnly = storage ? [...assets.closure([storage], new Set(entry))].filter((file) => !entry.has(file)) : null;
  return { routes, storageGzipBytes: storageOnly ? assets.gzipBytes(storageOnly) : null, storageFiles: storageOnly?.sort() ?? null };
}
