import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The development server (`npm start`), where React's StrictMode mounts every
// component twice: what passes against the build must also work here.
const port = Number(process.env.E2E_DEV_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1000);

export default defineConfig({
  ...base,
  testMatch: '**/*.dev-spec.ts',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `npx vite --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
