import { expect, test, type Page } from '@playwright/test';
import { answerChoice, FLAGSHIP, keyOf, openLibrary, playToDebrief } from './helpers/app';

declare global {
  interface Window {
    /** Object stores whose writes fail as on a full disk; empty when there is space. */
    __fullStores: string[];
  }
}

/** IndexedDB refuses writes to the listed stores the way a full disk does (QuotaExceededError). */
function simulateFullDisk() {
  window.__fullStores = [];
  for (const method of ['put', 'add'] as const) {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .apply(this)
    const real = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      if (window.__fullStores.includes(this.name)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.apply(this, args);
    };
  }
}

const fill = (page: Page, stores: string[]) => page.evaluate((names) => (window.__fullStores = names), stores);
const problem = (page: Page) => page.getByRole('alert').filter({ hasText: 'run out of space' });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(simulateFullDisk);
  await openLibrary(page);
  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
});

test('a full disk pauses the attempt with one message, and it carries on once space is freed', async ({ page }) => {
  await answerChoice(page, 'a');
  await fill(page, ['inProgress', 'attempts']);
  await page.keyboard.press(await keyOf(page, 'a'));

  await expect(problem(page)).toHaveCount(1);
  await expect(problem(page)).toContainText('paused, and nothing is lost');
  const responses = page.getByRole('group', { name: 'Responses' }).getByRole('button');
  await expect(responses.first()).toBeDisabled();
  // Trying again while the disk is still full changes nothing and adds no second message.
  await problem(page).getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(problem(page)).toHaveCount(1);
  await expect(page.locator('.notice-bar .notice').filter({ hasText: 'run out of space' })).toHaveCount(1);

  await fill(page, []);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(problem(page)).toHaveCount(0);
  await expect(responses.first()).toBeEnabled();
  await playToDebrief(page, 'a');
});

test('an attempt finished on a full disk is kept, retried, and saved once when space is freed', async ({ page }) => {
  // Progress still saves; only the finished attempt cannot.
  await fill(page, ['attempts']);
  const debrief = page.getByRole('heading', { name: /Debrief/ });
  for (let turn = 0; turn < 40 && (await page.getByRole('group', { name: 'Responses' }).isVisible()); turn += 1) {
    await answerChoice(page, 'a').catch(() => undefined);
  }
  await expect(problem(page)).toHaveCount(1);
  await expect(page).toHaveURL(/#\/play\//);

  // No click: the back-off retry notices the freed space by itself.
  await fill(page, []);
  await expect(page).toHaveURL(/#\/debrief\//, { timeout: 40_000 });
  await expect(debrief.first()).toBeVisible();
  await page.goto('./#/history');
  await expect(page.getByRole('region', { name: 'Your attempts' }).getByRole('listitem')).toHaveCount(1);
});
