import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import type { RouteFiles } from '../ui/app/route-files';
import { PLAY_ID_PREFIX, RESOLVED_PREFIX, SCENARIO_ID_PREFIX, scenarioIdOfPlayModule } from './scenario-module-ids.ts';

/** The name of the build's second entry, src/route-preload.ts (vite.config.ts). */
export const ROUTE_PRELOAD_ENTRY = 'route-preload';

/** The module each screen starts from, and storage's (load-store.ts imports both of these). */
const SCREEN_MODULES = {
  play: 'src/ui/play/play-page.tsx',
  debrief: 'src/ui/debrief/debrief-page.tsx',
  history: 'src/ui/history/history-page.tsx',
} as const;
const STORAGE_MODULES = ['src/storage/index.ts', 'src/export/backup/record-transfer.ts'];

const normalise = (id: string) => id.replaceAll('\\', '/');
const chunks = (bundle: OutputBundle) => Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk');

/**
 * The files `starts` load statically, with the styles they bring: scripts
 * first, then styles, leaving out (and not walking past) anything in `skip`.
 */
function staticClosure(bundle: OutputBundle, starts: readonly OutputChunk[], skip: ReadonlySet<string>): string[] {
  const byFile = new Map(chunks(bundle).map((chunk) => [chunk.fileName, chunk]));
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (scripts.has(chunk.fileName) || skip.has(chunk.fileName)) return;
    scripts.add(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) if (!skip.has(css)) styles.add(css);
    for (const file of chunk.imports) {
      const next = byFile.get(file);
      if (next) visit(next);
    }
  };
  starts.forEach(visit);
  return [...scripts, ...styles];
}

/**
 * What index.html needs to start each screen's downloads itself: for the
 * chunks holding `modules`, every file they import statically and the styles
 * they bring, less what is already loaded.
 */
function filesFor(bundle: OutputBundle, modules: readonly string[], loaded: ReadonlySet<string>): string[] {
  const all = chunks(bundle);
  const starts = modules.map((module) => {
    const found = all.find((chunk) => chunk.moduleIds.some((id) => normalise(id).endsWith(`/${module}`) || id === module));
    if (!found) throw new Error(`route files: no chunk holds ${module}`);
    return found;
  });
  return staticClosure(bundle, starts, loaded);
}

/** Everything the entries (the main bundle, the route preloader) load by themselves: never listed again. */
const entryFiles = (bundle: OutputBundle) =>
  new Set(
    staticClosure(
      bundle,
      chunks(bundle).filter((chunk) => chunk.isEntry),
      new Set(),
    ),
  );

/** The route files of a finished bundle (file names relative to index.html). */
export function routeFilesOf(bundle: OutputBundle): RouteFiles {
  const loaded = entryFiles(bundle);
  const scenarios: RouteFiles['scenarios'] = {};
  for (const chunk of chunks(bundle)) {
    for (const id of chunk.moduleIds) {
      if (id.startsWith(RESOLVED_PREFIX + PLAY_ID_PREFIX)) {
        const scenarioId = scenarioIdOfPlayModule(id.slice(RESOLVED_PREFIX.length));
        (scenarios[scenarioId] ??= { play: '', whole: '' }).play = chunk.fileName;
      } else if (id.startsWith(RESOLVED_PREFIX + SCENARIO_ID_PREFIX)) {
        const scenarioId = id.slice((RESOLVED_PREFIX + SCENARIO_ID_PREFIX).length);
        (scenarios[scenarioId] ??= { play: '', whole: '' }).whole = chunk.fileName;
      }
    }
  }
  const storage = filesFor(bundle, STORAGE_MODULES, loaded);
  const withStorage = new Set([...loaded, ...storage]);
  return {
    storage,
    screens: {
      play: filesFor(bundle, [SCREEN_MODULES.play], withStorage),
      debrief: filesFor(bundle, [SCREEN_MODULES.debrief], withStorage),
      history: filesFor(bundle, [SCREEN_MODULES.history], withStorage),
    },
    scenarios,
  };
}

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const MAIN_SCRIPT = /<script type="module"[^>]*\ssrc="[^"]*"[^>]*><\/script>/;

/**
 * Puts the route files in a meta tag and the preloader's script just before
 * the main bundle's script: after the Content Security Policy, which governs
 * only what follows it; before the main bundle, so its request starts first;
 * async, so it runs as soon as it arrives.
 */
export function addRoutePreload(html: string, files: RouteFiles, preloaderFile: string): string {
  const main = MAIN_SCRIPT.exec(html);
  if (!main) throw new Error('route files: index.html has no module script to put the preloader before.');
  const tags = [
    `<meta name="route-files" content="${escapeAttribute(JSON.stringify(files))}" />`,
    `<script type="module" async crossorigin src="./${preloaderFile}"></script>`,
  ];
  return html.slice(0, main.index) + tags.join('\n    ') + '\n    ' + html.slice(main.index);
}

/**
 * Writes, into the built index.html, which files each trainee screen needs
 * first, and loads src/route-preload.ts to ask for them before the main
 * bundle has run (src/build/chunk-groups.ts explains why round trips matter).
 */
export function routeFilesPlugin(): Plugin {
  return {
    name: 'common-ground-route-files',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const outputs: OutputBundle = bundle;
        const preloader = chunks(outputs).find((chunk) => chunk.isEntry && chunk.name === ROUTE_PRELOAD_ENTRY);
        if (!preloader) throw new Error(`route files: the build has no "${ROUTE_PRELOAD_ENTRY}" entry`);
        if (preloader.imports.length > 0)
          throw new Error(`route files: the preloader must import nothing, it imports ${preloader.imports.join(', ')}`);
        return addRoutePreload(html, routeFilesOf(outputs), preloader.fileName);
      },
    },
  };
}
