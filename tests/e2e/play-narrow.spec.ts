import { expect, test, type Page } from '@playwright/test';
import { FLAGSHIP, openLibrary, playToDebrief } from './helpers/app';

test.use({ viewport: { width: 360, height: 740 } });

async function expectNoHorizontalScroll(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
}

test('at 360 px wide nothing scrolls sideways: library, play, dialogs, debrief, settings', async ({ page }) => {
  await openLibrary(page);
  await expectNoHorizontalScroll(page, 'library');

  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  await expectNoHorizontalScroll(page, 'play');
  // Narrow: the patient panel sits above the dialogue.
  const panel = await page.getByRole('complementary').boundingBox();
  const responses = await page.getByRole('group', { name: 'Responses' }).boundingBox();
  expect(panel && responses && panel.y < responses.y).toBe(true);

  await page.getByRole('button', { name: 'Leave' }).click();
  await expectNoHorizontalScroll(page, 'leave dialog');
  await page.getByRole('button', { name: 'Stay' }).click();

  await playToDebrief(page);
  await expectNoHorizontalScroll(page, 'debrief');

  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expectNoHorizontalScroll(page, 'settings');
});
