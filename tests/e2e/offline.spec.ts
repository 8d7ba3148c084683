import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { lineCount, openLibrary, playToDebrief } from './helpers/app';

/** The opening line's voice clip of carer-barriers, from its clip manifest. */
const OPENING_CLIP = `./${(JSON.parse(readFileSync(join(import.meta.dirname, '../../scenarios/voices/carer-barriers.clips.json'), 'utf8')) as { clips: { line: string; file: string }[] }).clips.find((clip) => clip.line === 'opening-1')!.file}`;

/** A scenario the first visit never opens: only the service worker's precache can have it. */
const NEVER_OPENED = { title: "I've heard it all before" }; // dismissed-before

/** The first visit: the worker registers after the page's load event, precaches the whole app, then takes charge of the page. */
async function openOnce(page: Page): Promise<void> {
  await openLibrary(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/**
 * Reloads a page whose context is offline. Some Chromium builds (150 here) give a document loaded while
 * Playwright emulates offline `navigator.onLine === true`, which a real offline browser never does; going
 * offline again tells the new document, as the real browser would have from the start.
 */
async function reloadOffline(page: Page, context: BrowserContext): Promise<void> {
  await page.reload();
  if (await page.evaluate(() => navigator.onLine)) {
    await context.setOffline(false);
    await context.setOffline(true);
  }
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
}

test('after one visit, a scenario never opened plays offline to its debrief, and the attempt is in the History', async ({
  page,
  context,
}) => {
  await openOnce(page);

  await context.setOffline(true);
  // Offline really is offline, for the worker too: a voice clip never played cannot be fetched.
  const clip = await page.evaluate(
    (url) =>
      fetch(url).then(
        (response) => response.status,
        () => 'failed',
      ),
    OPENING_CLIP,
  );
  expect(clip).toBe('failed');

  await reloadOffline(page, context);
  await expect(page.getByRole('heading', { level: 1, name: /practise the conversation/i })).toBeVisible();
  await expect(page.getByText("You're offline. Scenarios you open still work, and your attempts are kept on this device.")).toBeVisible();

  await page
    .getByRole('article', { name: NEVER_OPENED.title })
    .getByRole('link', { name: /^Start/ })
    .click();
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  await expect(page.getByText("You're offline. Your attempt is kept on this device and will be saved.")).toBeVisible();
  await playToDebrief(page);
  await expect(page.getByText(/could not be saved|could not be downloaded/)).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('region', { name: 'Your attempts' })).toContainText(NEVER_OPENED.title);
});

test('"Make this scenario available offline" stores its voice clips, with the size and progress, for playing offline', async ({
  page,
  context,
}) => {
  await openOnce(page);

  const card = page.getByRole('article', { name: "Please don't tell me to rest it" });
  const save = card.getByRole('button', { name: /^Make this scenario available offline \(\d+ KB\)/ });
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(card.getByText(/^Voice clips available offline \(\d+ KB\)$/)).toBeVisible();
  // Only the scenario asked for is stored: another scenario's card still offers it.
  await expect(
    page.getByRole('article', { name: NEVER_OPENED.title }).getByRole('button', { name: /^Make this scenario available offline/ }),
  ).toBeVisible();

  await context.setOffline(true);
  const clip = await page.evaluate(
    (url) =>
      fetch(url).then(
        (response) => response.status,
        () => 'failed',
      ),
    OPENING_CLIP,
  );
  expect(clip).toBe(200);
});

test('offline, a trainee in free-text mode still has their words read: the response reader and its weights are precached', async ({
  page,
  context,
}) => {
  await openOnce(page);
  await context.setOffline(true);
  await reloadOffline(page, context);

  await page.goto('./#/settings');
  await page.getByRole('radio', { name: 'Always' }).check();
  await page.goto('./#/');
  await page
    .getByRole('article', { name: NEVER_OPENED.title })
    .getByRole('link', { name: /^Start/ })
    .click();
  const box = page.getByRole('textbox', { name: 'What would you say?' });
  await expect(box).toBeVisible();
  const before = await lineCount(page);
  await box.fill('What matters most to you right now?');
  await box.press('Enter');
  await expect(page.getByText(/^I read this as /)).toBeVisible();
  await expect(page.getByText(/could not start|could not load/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Go on with this option' }).click();
  await expect.poll(() => lineCount(page)).toBeGreaterThan(before);
});
