import { expect, test } from '@playwright/test';
import { answerChoice, FLAGSHIP, openLibrary } from './helpers/app';

test('reloading mid-scenario resumes at the same point with the pending time limit still running', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
  await openLibrary(page);
  await page.goto(`./#/play/${FLAGSHIP}`);
  const responses = page.getByRole('group', { name: 'Responses' });
  await expect(responses).toBeVisible();

  // Choice a at the opening (wherever it is shown) leads to a node with a 30-second limit.
  await answerChoice(page, 'a');
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText(/30 s left/);
  await page.clock.runFor(12_000);
  await expect(timer).toHaveText(/18 s left/);
  const lastLine = await page.locator('.conversation-log > li').last().textContent();
  const lines = await page.locator('.conversation-log > li').count();

  await page.reload();
  await expect(responses).toBeVisible();
  await expect(page.locator('.conversation-log > li')).toHaveCount(lines);
  await expect(page.locator('.conversation-log > li').last()).toHaveText(lastLine ?? '');
  // The deadline survived the reload: the clock did not restart at 30.
  await expect(timer).toHaveText(/1[0-8] s left/);

  // And it still runs out: the patient moves on without an answer.
  await page.clock.runFor(20_000);
  await expect(page.getByText('You said nothing before the time ran out.')).toBeVisible();

  // The library offers to resume it.
  await page.goto('./#/');
  await expect(page.getByRole('link', { name: /^Resume/ })).toBeVisible();
});
