import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './helpers/axe';
import { FLAGSHIP, openLibrary, playToDebrief } from './helpers/app';

test('history lists both attempts, charts progress and overlays two trajectories', async ({ page }) => {
  await openLibrary(page);
  for (const choiceId of ['a', 'b']) {
    await page.goto(`./#/play/${FLAGSHIP}`);
    await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
    await playToDebrief(page, choiceId);
    await expect(page.getByRole('heading', { level: 1, name: /Debrief/ })).toBeVisible();
  }

  await page.goto('./#/history');
  await expect(page.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your attempts' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Progress over time' }).getByRole('figure')).toHaveCount(6);

  const compare = page.getByRole('region', { name: 'Compare two attempts' });
  const chart = compare.getByRole('figure', { name: /attempt A and attempt B/ });
  await expect(chart.locator('svg[role="img"] .chart-series-line')).toHaveCount(4);
  await expect(chart.getByRole('list', { name: 'Key' }).getByRole('listitem')).toHaveText([
    'Anger, attempt A',
    'Trust, attempt A',
    'Anger, attempt B',
    'Trust, attempt B',
  ]);
  // Swapping the attempts redraws the chart from the other transcript.
  const before = await chart.locator('svg[role="img"] .chart-series-line').first().getAttribute('d');
  const options = await compare
    .getByLabel('Attempt A', { exact: true })
    .locator('option')
    .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
  await compare.getByLabel('Attempt A', { exact: true }).selectOption(options[0]!);
  await compare.getByLabel('Attempt B', { exact: true }).selectOption(options[1]!);
  await expect.poll(() => chart.locator('svg[role="img"] .chart-series-line').first().getAttribute('d')).not.toBe(before);

  await expect(page.getByRole('button', { name: 'Download records (JSON)' })).toBeVisible();
  await expectNoSeriousViolations(page, 'history');

  await page.setViewportSize({ width: 360, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  if (process.env.SCREENSHOTS)
    await page.screenshot({
      path: `${process.env.SCREENSHOTS}/history-360.png`,
      fullPage: true,
      clip: { x: 0, y: 0, width: 360, height: 2400 },
    });
});

test('a new trainee’s history teaches where to start', async ({ page }) => {
  await openLibrary(page);
  await page.goto('./#/history');
  await expect(page.getByRole('heading', { name: 'No attempts yet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Choose a scenario' })).toBeVisible();
  await expectNoSeriousViolations(page, 'empty history');
});
