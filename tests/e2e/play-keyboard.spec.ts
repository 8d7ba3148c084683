import { expect, test } from '@playwright/test';
import { FLAGSHIP, openLibrary, playToDebrief, tabTo } from './helpers/app';

test('a keyboard-only trainee plays the flagship scenario from the library to the debrief and back', async ({ page }) => {
  await openLibrary(page);
  const title = await page.locator(`a[href="#/play/${FLAGSHIP}"]`).first().locator('.visually-hidden').textContent();
  const name = new RegExp(`^(Start|Resume|Play again).*${(title ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/^: /, '')}`);
  await tabTo(page, name);
  await page.keyboard.press('Enter');

  const responses = page.getByRole('group', { name: 'Responses' });
  await expect(responses).toBeVisible();
  await expect(responses.getByRole('button').first()).toBeVisible();
  // Tab reaches the first response, and Enter on it answers.
  await tabTo(page, /^1/);
  const before = await page.locator('.conversation-log > li').count();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.conversation-log > li').count()).toBeGreaterThan(before);
  await expect(responses).toBeFocused();

  await playToDebrief(page);
  await expect(page.getByRole('heading', { level: 1, name: /Debrief/ })).toBeVisible();
  await expect(page.getByText(/Overall score/)).toBeVisible();

  await tabTo(page, /Back to the library/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /practise the conversation/i })).toBeFocused();
  await expect(page.getByText(/\d+ \/ 100/).first()).toBeVisible();
});
