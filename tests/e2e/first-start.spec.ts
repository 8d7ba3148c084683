import { expect, test } from '@playwright/test';
import { FLAGSHIP } from './helpers/app';
import { expectNoSeriousViolations } from './helpers/axe';

test('the first start asks for a name by keyboard, keeps it, and does not ask again', async ({ page }) => {
  await page.goto(`./#/play/${FLAGSHIP}`);
  const dialog = page.getByRole('dialog', { name: 'Welcome to Common Ground' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole('textbox', { name: 'Your name' })).toBeFocused();
  await expectNoSeriousViolations(page, 'the first-start dialog');

  // An empty name is refused beside the field, in words.
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Your name' })).toHaveAccessibleDescription('Enter your name. It labels your records.');

  await page.keyboard.type('Sam Lee');
  await page.keyboard.press('Tab');
  await page.keyboard.type('PT-2041');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();

  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue('Sam Lee');
  await expect(page.getByRole('textbox', { name: /Program ID/ })).toHaveValue('PT-2041');
  await expect(page.getByLabel('Active profile')).toHaveText('Sam Lee (PT-2041)');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue('Sam Lee');
  await expect(dialog).toHaveCount(0);
});

test('an instructor opening the dashboard is not asked for a trainee name', async ({ page }) => {
  await page.goto('./#/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Cohort dashboard' })).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // The same browser on a trainee page is asked: the dashboard alone held the question back.
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('dialog', { name: 'Welcome to Common Ground' })).toBeVisible();
});
