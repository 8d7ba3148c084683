/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPlugin } from './src/build/csp-plugin';
import { scenariosPlugin } from './src/build/scenarios-plugin';

// The engine's doors only re-export. Saying so lets each chunk and worker
// take just what it uses through them: without it, importing one constant
// from the trainee door pulls the session runtime (and XState) into the
// first-load bundle and into the workers.
const ENGINE_DOORS_ONLY_REEXPORT = {
  moduleSideEffects: [{ test: /[\\/]src[\\/]engine[\\/](trainee|authoring|index)\.ts$/, sideEffects: false }],
};

export default defineConfig({
  base: './',
  plugins: [
    react(),
    scenariosPlugin(),
    contentSecurityPolicyPlugin(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every es2022 browser but Safari 16 supports <link rel=modulepreload>;
    // there the chunks simply load without the hint. Saves the polyfill in
    // the first-load bundle (issue 4: ≤ 150 KB gzip for the trainee route).
    modulePreload: { polyfill: false },
    rolldownOptions: { treeshake: ENGINE_DOORS_ONLY_REEXPORT },
  },
  worker: { rolldownOptions: { treeshake: ENGINE_DOORS_ONLY_REEXPORT } },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup/vitest-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'tests/lrs/**'],
    testTimeout: 20000,
  },
});
