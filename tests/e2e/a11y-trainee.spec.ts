import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './helpers/axe';
import { FLAGSHIP, openLibrary, playToDebrief } from './helpers/app';

test('library, play, debrief and history have no serious or critical axe violations', async ({ page }) => {
  await openLibrary(page);
  await expectNoSeriousViolations(page, 'library');

  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  await expectNoSeriousViolations(page, 'play');

  await page.getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousViolations(page, 'leave dialog');
  await page.getByRole('button', { name: 'Stay' }).click();

  await playToDebrief(page);
  await expect(page.getByRole('heading', { level: 1, name: /Debrief/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'debrief');

  await page.goto('./#/history');
  await expect(page.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible();
  await expectNoSeriousViolations(page, 'history');

  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expectNoSeriousViolations(page, 'settings');
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('library and play keep their contrast', async ({ page }) => {
    await openLibrary(page);
    await expectNoSeriousViolations(page, 'library (dark)');
    await page.goto(`./#/play/${FLAGSHIP}`);
    await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
    await expectNoSeriousViolations(page, 'play (dark)');
  });
});
