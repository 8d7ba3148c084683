import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { answerFirstStart } from './helpers/app';
import { serveCopy, type StaticCopy } from './helpers/static-copy';

/** The build the config's web server serves (playwright.config.ts). */
const BUILT = join(import.meta.dirname, '../..', `dist-e2e-${Number(process.env.E2E_PORT ?? 4173)}`);
const PROMPT = 'A new version of Common Ground is ready. Reload to use it; your records stay on this device.';

let host: StaticCopy;
test.beforeEach(async () => {
  host = await serveCopy(BUILT);
});
test.afterEach(async () => {
  await host.close();
});

test('a new deploy is offered as "Reload now", never in the middle of an attempt, and reloading runs the new version', async ({ page }) => {
  await page.goto(`${host.url}#/`);
  await answerFirstStart(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // The trainee is in a conversation when the program deploys a new version.
  await page
    .getByRole('article')
    .first()
    .getByRole('link', { name: /^Start/ })
    .click();
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  appendFileSync(join(host.root, 'sw.js'), '\n// the next deploy\n');
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting != null)), { timeout: 30_000 })
    .toBe(true);

  // Downloaded and waiting, but not offered while the attempt is open.
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  await expect(page.getByText(PROMPT)).toHaveCount(0);

  // Back in the History, it is offered.
  await page.evaluate(() => (window.location.hash = '#/history'));
  const prompt = page.getByRole('region', { name: 'New version' });
  await expect(prompt).toContainText(PROMPT);
  const reloaded = page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame());
  await prompt.getByRole('button', { name: 'Reload now' }).click();

  // The page reloaded under the new worker, and nothing is waiting any more.
  await reloaded;
  await page.waitForLoadState('load');
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting == null && r?.active != null)))
    .toBe(true);
  const active = await page.evaluate(() => fetch('./sw.js', { cache: 'no-store' }).then((r) => r.text()));
  expect(active).toContain('the next deploy');
  await expect(page.getByText(PROMPT)).toHaveCount(0);
});

test('"Later" puts the offer away and leaves the trainee where they were', async ({ page }) => {
  await page.goto(`${host.url}#/`);
  await answerFirstStart(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  appendFileSync(join(host.root, 'sw.js'), '\n// the next deploy\n');
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
  const prompt = page.getByRole('region', { name: 'New version' });
  await expect(prompt).toContainText(PROMPT, { timeout: 30_000 });
  await prompt.getByRole('button', { name: 'Later' }).click();
  await expect(page.getByText(PROMPT)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: /practise the conversation/i })).toBeVisible();
});
