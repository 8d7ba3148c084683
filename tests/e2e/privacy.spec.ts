import { expect, test, type Page } from '@playwright/test';
import { answerFirstStart, FLAGSHIP, openLibrary, playToDebrief } from './helpers/app';
import { expectNoSeriousViolations } from './helpers/axe';

/*
 * Privacy in the built app: the page, a profile PIN (a privacy screen, said
 * to be one) across a reload, and erasing everything on this device.
 */

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible({ timeout: 30_000 });
}

test('the Privacy page is in the main navigation, lists what is kept, and passes axe', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Privacy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeFocused({ timeout: 30_000 });
  await expect(page.getByRole('list', { name: 'Records in the database' }).getByRole('listitem')).toHaveCount(8);
  await expect(page.getByText(/your display name is never sent/)).toBeVisible();
  await expectNoSeriousViolations(page, 'the Privacy page');
});

test('a profile PIN is asked for after a reload, waits after wrong tries, and unlocks with the right one', async ({ page }) => {
  await openLibrary(page);
  await openSettings(page);
  const pinSection = page.getByRole('region', { name: 'Profile PIN' });
  await expect(pinSection).toContainText('It is a privacy screen, not encryption');
  await pinSection.getByLabel('PIN (4 to 12 digits)').fill('4821');
  await pinSection.getByLabel('Type it again').fill('4821');
  await pinSection.getByRole('button', { name: 'Set PIN' }).click();
  await expect(pinSection.getByRole('status')).toContainText('PIN set.');

  await page.goto('./#/');
  await page.reload();
  const field = page.getByLabel(/^PIN for /);
  await expect(field).toBeFocused({ timeout: 30_000 });
  await expect(page.getByText(/privacy screen for shared computers, not encryption/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /Practise the conversation/i })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'the lock screen');

  await page.keyboard.type('1111');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('That PIN is not right. 2 more tries before a short wait.');
  await page.keyboard.type('4821');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Practise the conversation/i })).toBeVisible();
});

test('erasing everything on this device removes the history and starts afresh', async ({ page }) => {
  test.setTimeout(120_000);
  await openLibrary(page);
  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible({ timeout: 30_000 });
  await playToDebrief(page);
  await page.goto('./#/history');
  await expect(page.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Your history' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No attempts yet' })).toHaveCount(0);

  await openSettings(page);
  await page.getByRole('button', { name: 'Erase everything on this device' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase everything on this device?' });
  await expect(dialog.getByRole('button', { name: 'Keep my records' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Erase everything' }).click();

  // The app starts again: a fresh profile (so it asks for a name again), no history, and the app's localStorage entries gone.
  await answerFirstStart(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible({ timeout: 30_000 });
  await page.goto('./#/history');
  await expect(page.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 2, name: 'No attempts yet' })).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('common-ground.')))).toEqual([]);
});
