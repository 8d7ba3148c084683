import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './helpers/axe';
import { FLAGSHIP, keyOf, openLibrary, playToDebrief } from './helpers/app';

const debriefHeading = (page: Page) => page.getByRole('heading', { level: 1, name: /Debrief/ });

/** The number out of a meter's "48 / 100". */
async function meter(page: Page, kind: 'anger' | 'trust'): Promise<number> {
  const text = (await page.locator(`.meter-${kind} .meter-value`).textContent()) ?? '';
  return Number(/\d+/.exec(text)?.[0]);
}

test('the debrief shows charts and an annotated transcript; trying again from a decision restores that moment and saves a new attempt', async ({
  page,
}) => {
  await openLibrary(page);
  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  await playToDebrief(page);
  await expect(debriefHeading(page)).toBeVisible();
  const firstDebrief = page.url();

  // Summary first: outcome, overall score, the dimension chart.
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByText(/Overall score/)).toBeVisible();
  await expect(summary.getByRole('figure', { name: /five alliance dimensions/ }).getByRole('img')).toBeVisible();
  // Then anger and trust over the conversation, with its table one click away.
  const trajectory = page.getByRole('figure', { name: /anger and trust, decision by decision/ });
  await expect(trajectory.locator('svg[role="img"] .chart-series-line')).toHaveCount(2);
  await trajectory.getByText('Show as a table').click();
  await expect(trajectory.getByRole('table')).toBeVisible();
  // The MITI indicators are one disclosure away.
  const miti = page.getByRole('region', { name: /MITI-style indicators/ });
  await expect(miti.getByRole('figure')).toHaveCount(0);
  await miti.locator('summary').first().click();
  await expect(miti.getByRole('figure')).toHaveCount(4);

  // The decisions to learn from: your line and the better one up front, the one or two key sources, why on request.
  const key = page.getByRole('region', { name: 'Decisions to learn from' });
  await expect(key.locator('.key-decisions > li')).toHaveCount(3);
  await expect(key.locator('.key-decisions > li').first()).toContainText(/You said “/);
  await expect(key.getByText(/^\d+ more sources?$/).first()).toBeVisible();

  // The annotated transcript, opened from its heading: one card per decision, with codes, effect and evidence.
  const cards = page.locator('.decision-card');
  const decisions = await cards.count();
  expect(decisions).toBeGreaterThan(2);
  const card = cards.nth(1);
  await expect(card).toBeHidden();
  await page.getByRole('region', { name: 'Your conversation, decision by decision' }).locator('summary').first().click();
  await expect(card).toContainText(/Effect: /);
  const chip = card.locator('.code-chip summary').first();
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(card.locator('.code-definition').first()).toBeVisible();
  await card
    .getByRole('list', { name: /Evidence for decision 2/ })
    .getByRole('button')
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Confidence');
  await expectNoSeriousViolations(page, 'evidence dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await expectNoSeriousViolations(page, 'debrief');

  // Try again from decision 2: the same patient line and the same patient state.
  const patientLine = ((await card.locator('.decision-patient').textContent()) ?? '').replace(/^[^:]+:\s*/, '').replace(/^“|”$/g, '');
  const anger = Number(/Anger (\d+) →/.exec((await card.textContent()) ?? '')?.[1]);
  const trust = Number(/Trust (\d+) →/.exec((await card.textContent()) ?? '')?.[1]);
  await card.getByRole('link', { name: /Try again from this decision/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  await expect(page.getByText(/You are trying decision 2 again/)).toBeVisible();
  await expect(page.locator('.conversation-log > li.line-patient').last().locator('.line-text')).toHaveText(patientLine);
  expect(await meter(page, 'anger')).toBe(anger);
  expect(await meter(page, 'trust')).toBe(trust);
  expect(page.url()).toMatch(new RegExp(`#/play/${FLAGSHIP}$`));

  await page.keyboard.press(await keyOf(page, 'b'));
  await playToDebrief(page);
  await expect(debriefHeading(page)).toBeVisible();
  expect(page.url()).not.toBe(firstDebrief);

  await page.goto('./#/history');
  await expect(page.getByRole('region', { name: 'Your attempts' }).getByRole('listitem')).toHaveCount(2);
});

for (const width of [1280, 360]) {
  test(`the debrief reads at ${width} px without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openLibrary(page);
    await page.goto(`./#/play/${FLAGSHIP}`);
    await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
    await playToDebrief(page, 'b');
    await expect(debriefHeading(page)).toBeVisible();
    // Every disclosure open: the widest the page gets.
    await expect(page.getByRole('region', { name: 'Your conversation, decision by decision' })).toBeVisible();
    for (const summary of await page.locator('.debrief summary').all()) await summary.click();
    await expect(page.locator('.decision-card').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // For eyeballing the layout: SCREENSHOTS=<folder> saves the page in viewport-sized slices.
    if (process.env.SCREENSHOTS) {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 0; y < height && i < 8; y += 900, i += 1)
        await page.screenshot({
          path: `${process.env.SCREENSHOTS}/debrief-${width}-${i}.png`,
          fullPage: true,
          clip: { x: 0, y, width, height: Math.min(900, height - y) },
        });
    }
  });
}
