import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { buildExportFile, serializeExportFile } from '../../../src/export/backup/export-file';
import type { RecordTransfer } from '../../../src/export/backup/record-transfer';
import type { OpenStoreOptions, Store } from '../../../src/storage';
import type { fakeAttempt, fakeInProgress } from '../../../src/storage/testing/fake-records';

/**
 * E2E only. The production build exposes nothing on `window`, so the storage
 * e2e tests bundle this repository's storage module separately and inject it
 * into the page under test: same origin, hence the same IndexedDB the app
 * uses. Nothing here ships.
 */
export interface StorageHarness {
  /** The store with its backup and CSV files, as the app opens it. */
  openStore: (options?: OpenStoreOptions) => Promise<Store & RecordTransfer>;
  fakeAttempt: typeof fakeAttempt;
  fakeInProgress: typeof fakeInProgress;
  buildExportFile: typeof buildExportFile;
  serializeExportFile: typeof serializeExportFile;
}

/** Use inside page.evaluate: `(window as unknown as HarnessWindow).__cgHarness`. */
export interface HarnessWindow {
  __cgHarness: StorageHarness;
}

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const HARNESS_PATH = '/__cg-storage-harness.js';

let bundled: Promise<string> | null = null;
const routed = new WeakSet<Page>();

/** Bundles src/storage for the browser once per test run (Vite's build API; about a second). */
export function buildStorageHarness(): Promise<string> {
  bundled ??= (async () => {
    const { build } = await import('vite');
    const dir = mkdtempSync(join(tmpdir(), 'cg-storage-harness-'));
    const entry = join(dir, 'harness.ts');
    writeFileSync(
      entry,
      [
        `import { openStore as openBare } from ${JSON.stringify(join(ROOT, 'src/storage/open-store.ts'))};`,
        `import { withRecordTransfer } from ${JSON.stringify(join(ROOT, 'src/export/backup/record-transfer.ts'))};`,
        `import { fakeAttempt, fakeInProgress } from ${JSON.stringify(join(ROOT, 'src/storage/testing/fake-records.ts'))};`,
        `import { buildExportFile, serializeExportFile } from ${JSON.stringify(join(ROOT, 'src/export/backup/export-file.ts'))};`,
        `const openStore = async (options) => withRecordTransfer(await openBare(options));`,
        `Object.assign(window, { __cgHarness: { openStore, fakeAttempt, fakeInProgress, buildExportFile, serializeExportFile } });`,
      ].join('\n'),
    );
    try {
      const result = await build({
        configFile: false,
        root: ROOT,
        logLevel: 'silent',
        build: {
          write: false,
          minify: false,
          lib: { entry, formats: ['es'], fileName: 'harness' },
          // One file to serve: the store's lazily loaded parts (records for backup and CSV, and the file formats) are inlined.
          rolldownOptions: { output: { codeSplitting: false } },
        },
      });
      const output = (Array.isArray(result) ? result[0] : result) as { output: { type: string; code?: string }[] };
      const chunk = output.output.find((item) => item.type === 'chunk');
      if (!chunk?.code) throw new Error('The storage harness build produced no code.');
      return chunk.code;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  return bundled;
}

/** Loads the harness into the current document (again after every navigation or reload). */
export async function injectStorageHarness(page: Page): Promise<void> {
  const code = await buildStorageHarness();
  // Served from the app's own origin, so the page's Content Security Policy ('self') allows it.
  if (!routed.has(page)) {
    routed.add(page);
    await page.route(`**${HARNESS_PATH}`, (route) => route.fulfill({ body: code, contentType: 'text/javascript; charset=utf-8' }));
  }
  await page.addScriptTag({ url: `.${HARNESS_PATH}`, type: 'module' });
  await page.waitForFunction(() => '__cgHarness' in window);
}
