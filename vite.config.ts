/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import type * as ScenariosPluginModule from './src/build/scenarios-plugin';
import { contentSecurityPolicyPlugin } from './src/build/csp-plugin.ts';
import { CHUNK_GROUPS } from './src/build/chunk-groups.ts';
import { authoringGuidePlugin } from './src/build/guide-plugin.ts';
import { offlinePlugin } from './src/build/offline-plugin.ts';
import { ROUTE_PRELOAD_ENTRY, routeFilesPlugin } from './src/build/route-files-plugin.ts';

// The engine's doors only re-export. Saying so lets each chunk and worker
// take just what it uses through them: without it, importing one constant
// from the trainee door pulls the session runtime (and XState) into the
// first-load bundle and into the workers.
const ENGINE_DOORS_ONLY_REEXPORT = {
  moduleSideEffects: [{ test: /[\\/]src[\\/]engine[\\/](trainee|authoring|index)\.ts$/, sideEffects: false }],
};

/**
 * The scenarios plugin runs the whole engine (parser, checker, analysis). It
 * is loaded through Vite's module runner, not imported: Vite bundles this
 * file to load it, and an import here would pull the engine's hundred-odd
 * extensionless imports into that bundle, each printed as a warning line
 * ("unsupported by configLoader: 'native'") on every start, build and preview.
 * Preview serves a finished build and needs no scenarios.
 */
async function loadScenariosPlugin(): Promise<Plugin> {
  const path = fileURLToPath(new URL('./src/build/scenarios-plugin.ts', import.meta.url));
  const { module } = await runnerImport<typeof ScenariosPluginModule>(path);
  // SCENARIOS_DIR: the LMS package builds' folder of shipped plus pack scenarios (src/cli/pack-scenarios.ts).
  return module.scenariosPlugin(process.env.SCENARIOS_DIR ? { dir: process.env.SCENARIOS_DIR } : {});
}

/**
 * @xstate/react imports use-sync-external-store's shim for React 17 and
 * older; React 19 has the hook, so both imports go to the React 18+ builds
 * (about 0.8 KB gzip off the play route's first load).
 */
const REACT_19_SYNC_STORE = [
  { find: /^use-sync-external-store\/shim\/with-selector(?:\.js)?$/, replacement: 'use-sync-external-store/with-selector' },
  {
    find: /^use-sync-external-store\/shim(?:\/index\.js)?$/,
    replacement: fileURLToPath(new URL('./src/ui/react-sync-external-store.ts', import.meta.url)),
  },
];

export default defineConfig(async ({ isPreview }) => ({
  base: './',
  resolve: { alias: REACT_19_SYNC_STORE },
  plugins: [
    react(),
    ...(isPreview ? [] : [await loadScenariosPlugin()]),
    authoringGuidePlugin(),
    offlinePlugin({ disabled: process.env.VITE_LMS_PACKAGE === '1' }),
    contentSecurityPolicyPlugin(),
    routeFilesPlugin(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every es2022 browser but Safari 16 supports <link rel=modulepreload>;
    // there the chunks simply load without the hint. Saves the polyfill in
    // the first-load bundle (issue 4: ≤ 150 KB gzip for the trainee route).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The route preloader is an entry of its own, not a script in index.html: Vite would bundle that into
      // the main entry, and it must run before the main bundle has arrived (src/build/route-files-plugin.ts).
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        [ROUTE_PRELOAD_ENTRY]: fileURLToPath(new URL('./src/route-preload.ts', import.meta.url)),
      },
      treeshake: ENGINE_DOORS_ONLY_REEXPORT,
      // Checking and analysing every scenario is the build's real work (about 20 s), not a slow plugin to report.
      checks: { bundlerTimings: false },
      // Fewer, larger chunks per trainee route (src/build/chunk-groups.ts). Each group takes only the modules
      // it names: following their imports would pull React and the app shell out of the entry.
      output: { codeSplitting: { groups: CHUNK_GROUPS, includeDependenciesRecursively: false } },
    },
  },
  worker: { rolldownOptions: { treeshake: ENGINE_DOORS_ONLY_REEXPORT } },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup/vitest-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'tests/lrs/**'],
    testTimeout: 20000,
  },
}));
