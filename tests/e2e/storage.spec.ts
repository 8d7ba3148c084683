import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { injectStorageHarness, type HarnessWindow } from './helpers/storage-harness';
import { answerFirstStart } from './helpers/app';

/*
 * Storage in a real Chromium: the app's own IndexedDB, driven through the
 * storage module (injected by the harness; production exposes nothing on
 * window) and checked through the app's screens, which another helper builds:
 * the tests wait for those screens to appear rather than assume them.
 */

const APP_TIMEOUT = 30_000;

/** Opens the app, names its first-run profile, and loads the storage harness. */
async function openApp(page: Page, hash = '#/'): Promise<string> {
  await page.goto(`./${hash}`);
  await expect(page.getByRole('link', { name: 'Common Ground' })).toBeVisible({ timeout: APP_TIMEOUT });
  await answerFirstStart(page);
  await injectStorageHarness(page);
  let profileId: string | null = null;
  await expect
    .poll(
      async () =>
        (profileId = await page.evaluate(async () => {
          const store = await (window as unknown as HarnessWindow).__cgHarness.openStore();
          try {
            return (await store.settings.get()).activeProfileId;
          } finally {
            store.close();
          }
        })),
      { timeout: APP_TIMEOUT },
    )
    .not.toBeNull();
  return profileId!;
}

/** Saves finished attempts for a profile through the storage module. */
function seed(page: Page, profileId: string, titles: string[]) {
  return page.evaluate(
    async ({ profileId, titles }) => {
      const harness = (window as unknown as HarnessWindow).__cgHarness;
      const store = await harness.openStore();
      try {
        for (const [i, title] of titles.entries()) {
          await store.attempts.save(
            harness.fakeAttempt({
              id: `${profileId}-${i}`,
              profileId,
              scenarioId: `scenario-${i}`,
              scenarioTitle: title,
              finishedAt: 1_700_000_000_000 + i * 60_000,
            }),
          );
        }
      } finally {
        store.close();
      }
    },
    { profileId, titles },
  );
}

function history(page: Page, profileId: string) {
  return page.evaluate(async (id) => {
    const store = await (window as unknown as HarnessWindow).__cgHarness.openStore();
    try {
      return await store.attempts.listByProfile(id);
    } finally {
      store.close();
    }
  }, profileId);
}

async function showHistory(page: Page) {
  await page.goto('./#/history');
  await expect(page.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible({ timeout: APP_TIMEOUT });
}

async function switchProfile(page: Page, profileId: string) {
  await page.goto('./#/settings');
  const select = page.getByLabel('Active profile');
  await expect(select).toBeVisible({ timeout: APP_TIMEOUT });
  await select.selectOption(profileId);
  await expect(page.getByText(/Switched to/)).toBeVisible();
}

test('export JSON, clear data, import: the history comes back identical', async ({ page }) => {
  const profileId = await openApp(page);
  await seed(page, profileId, ['Nobody believes me', 'Eight months on a waiting list', 'Back to work on Monday']);
  const before = await history(page, profileId);
  expect(before.records).toHaveLength(3);

  await showHistory(page);
  await expect(page.getByRole('region', { name: 'Your attempts' }).getByRole('listitem')).toHaveCount(3);
  const downloadButton = page.getByRole('button', { name: 'Download records (JSON)' });
  const panelMounted = await downloadButton.isVisible();
  test
    .info()
    .annotations.push({ type: 'path', description: panelMounted ? 'ImportExportPanel on History' : 'storage module (panel not mounted)' });

  let exported: string;
  if (panelMounted) {
    const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()]);
    exported = await readFile(await download.path(), 'utf8');
  } else {
    exported = await page.evaluate(async (id) => {
      const store = await (window as unknown as HarnessWindow).__cgHarness.openStore();
      try {
        return await store.exportJson(id);
      } finally {
        store.close();
      }
    }, profileId);
  }
  expect(JSON.parse(exported)).toMatchObject({ kind: 'common-ground-export', exportVersion: 1 });

  await page.evaluate(async () => {
    const store = await (window as unknown as HarnessWindow).__cgHarness.openStore();
    await store.clearAll();
    store.close();
  });
  await page.reload();
  // Cleared, the browser is new again: the first start asks for a name once more.
  await answerFirstStart(page);
  await injectStorageHarness(page);
  await showHistory(page);
  await expect(page.getByRole('heading', { name: 'No attempts yet' })).toBeVisible();
  expect((await history(page, profileId)).records).toEqual([]);

  if (panelMounted) {
    await page
      .getByLabel('Records file to import')
      .setInputFiles({ name: 'records.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.getByRole('dialog').getByRole('button', { name: 'Import' }).click();
    await expect(page.getByText(/Imported 3 attempts/)).toBeVisible();
  } else {
    const result = await page.evaluate(async (text) => {
      const store = await (window as unknown as HarnessWindow).__cgHarness.openStore();
      try {
        return await store.importJson(text);
      } finally {
        store.close();
      }
    }, exported);
    expect(result).toEqual({ ok: true, profilesAdded: 1, attemptsAdded: 3, attemptsSkipped: 0 });
  }

  expect(await history(page, profileId)).toEqual(before);
  await page.reload();
  await switchProfile(page, profileId);
  await showHistory(page);
  await expect(page.getByRole('region', { name: 'Your attempts' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('link', { name: 'Eight months on a waiting list' })).toBeVisible();
});

test('a corrupted record shows a notice and loses nothing else', async ({ page }) => {
  const profileId = await openApp(page);
  await seed(page, profileId, ['First conversation', 'Second conversation']);
  await page.evaluate(async (id) => {
    // Written with the raw IndexedDB API, as damage from outside the app would be.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('common-ground');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open.'));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('attempts', 'readwrite');
      tx.objectStore('attempts').put({ id: 'corrupt-1', profileId: id, scenarioTitle: 42, transcript: 'garbled' });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('The write failed.'));
    });
    db.close();
  }, profileId);

  await page.reload();
  await showHistory(page);

  await expect(page.getByText(/1 saved attempt could not be read.*not deleted/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your attempts' }).getByRole('listitem')).toHaveCount(2);
  await injectStorageHarness(page);
  const after = await history(page, profileId);
  expect(after.records.map((record) => record.scenarioTitle).sort()).toEqual(['First conversation', 'Second conversation']);
  expect(after.skipped).toBe(1);
  const stillThere = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('common-ground');
      request.onsuccess = () => resolve(request.result);
    });
    const record = await new Promise<unknown>((resolve) => {
      const request = db.transaction('attempts').objectStore('attempts').get('corrupt-1');
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return record;
  });
  expect(stillThere).toMatchObject({ id: 'corrupt-1', transcript: 'garbled' });
});

test('a quota error leaves no partial write: the conversation stays resumable', async ({ page, baseURL }) => {
  // A real quota: Chromium's DevTools protocol caps this origin's storage. Set
  // before the first IndexedDB use, because Chromium reads the quota once.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: 512 * 1024 });
  const profileId = await openApp(page);

  const failures = await page.evaluate(async (id) => {
    const harness = (window as unknown as HarnessWindow).__cgHarness;
    const store = await harness.openStore();
    // Random, so it cannot shrink: Chromium compresses large IndexedDB values, and 3 MB of one letter fits in 512 KB.
    const bytes = new Uint8Array(2_250_000);
    for (let at = 0; at < bytes.length; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
    let big = '';
    for (let at = 0; at < bytes.length; at += 24_576) big += btoa(String.fromCharCode(...bytes.subarray(at, at + 24_576)));
    const failure = (error: unknown) => ({ name: (error as Error).name, message: (error as Error).message });
    try {
      await store.inProgress.save(harness.fakeInProgress({ profileId: id, scenarioId: 'big', registration: 'reg-big' }));
      const save = await store.attempts
        .save(harness.fakeAttempt({ id: 'big-attempt', profileId: id, scenarioId: 'big', registration: 'reg-big', checkpoints: [big] }))
        .then(() => null, failure);
      // A multi-record write: a new profile and three attempts, the last one too big.
      // A real creation date: an import leaves out a profile dated before 2020 as impossible.
      const profile = { id: 'imported', displayName: 'Imported', programId: null, createdAt: Date.UTC(2025, 0, 1) };
      const attempts = [1, 2, 3].map((n) =>
        harness.fakeAttempt({ id: `imported-${n}`, profileId: 'imported', checkpoints: n === 3 ? [big] : [] }),
      );
      const importing = await store
        .importJson(harness.serializeExportFile(harness.buildExportFile([profile], attempts)))
        .then(() => null, failure);
      return { save, importing };
    } finally {
      store.close();
    }
  }, profileId);

  const quota = { name: 'StorageQuotaError', message: expect.stringMatching(/run out of space.*Nothing was half saved/) };
  expect(failures).toEqual({ save: quota, importing: quota });
  const state = await page.evaluate(async (id) => {
    const store = await (window as unknown as HarnessWindow).__cgHarness.openStore();
    try {
      return {
        open: await store.inProgress.get(id, 'big'),
        saved: await store.attempts.get('big-attempt', id),
        profiles: (await store.profiles.list()).map((profile) => profile.id),
        imported: await store.attempts.listByProfile('imported'),
      };
    } finally {
      store.close();
    }
  }, profileId);
  expect(state.open).toMatchObject({ registration: 'reg-big' });
  expect(state.saved).toBeNull();
  expect(state.profiles).toEqual([profileId]);
  expect(state.imported).toEqual({ records: [], skipped: 0 });
});

test('two profiles on one browser each see only their own history', async ({ page }) => {
  const firstId = await openApp(page, '#/settings');
  await page.getByLabel('New profile name').fill('Ben');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByText('Created and switched to “Ben”.')).toBeVisible();
  const secondId = await page.getByLabel('Active profile').inputValue();
  expect(secondId).not.toBe(firstId);
  await seed(page, firstId, ['Only the first trainee did this']);
  await seed(page, secondId, ['Only Ben did this']);

  await showHistory(page);
  await expect(page.getByRole('link', { name: 'Only Ben did this' })).toBeVisible();
  await expect(page.getByText('Only the first trainee did this')).toHaveCount(0);

  await switchProfile(page, firstId);
  await showHistory(page);
  await expect(page.getByRole('link', { name: 'Only the first trainee did this' })).toBeVisible();
  await expect(page.getByText('Only Ben did this')).toHaveCount(0);
});

test('a write in one tab tells the other tab to refresh', async ({ page, context }) => {
  const profileId = await openApp(page);
  const other = await context.newPage();
  await other.goto('./#/history');
  await expect(other.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible({ timeout: APP_TIMEOUT });

  await seed(page, profileId, ['Saved in the first tab']);

  await expect(other.getByText(/changed in another tab/)).toBeVisible();
  await other.reload();
  await expect(other.getByRole('link', { name: 'Saved in the first tab' })).toBeVisible();
});
