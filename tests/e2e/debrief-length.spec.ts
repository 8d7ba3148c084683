import { expect, test, type Page } from '@playwright/test';
import { answerChoice, FLAGSHIP, openLibrary } from './helpers/app';
import { storedSettings } from './helpers/stored-settings';

/**
 * A debrief read in two minutes: before any disclosure is opened, the page is
 * at most two screens high on a desktop (1280 × 800) and four on a phone
 * (390 × 844). Measured on the flagship's longest route found (17 decisions)
 * and on a poor one (the dismissive golden route: three decisions, each
 * costly), where the debrief has the most to say. Each step names a response
 * the node shows, so the route cannot drift with the shuffle.
 */
const SCREENS = [
  { name: 'desktop', width: 1280, height: 800, most: 2 },
  { name: 'phone', width: 390, height: 844, most: 4 },
] as const;

const ROUTES = {
  long: ['b', 'c', 'd', 'a', 'b', 'a', 'c', 'c', 'c', 'c', 'c', 'a', 'd', 'd', 'b', 'c', 'c'],
  poor: ['d', 'b', 'a'],
} as const;

async function playRoute(page: Page, route: readonly string[]): Promise<void> {
  // The route names choices; on a slow machine a time limit running out would take another turn.
  await page.goto('./#/settings');
  await page.getByRole('radio', { name: 'No time limits' }).check();
  // Stored, not just ticked: on a loaded machine the play page could otherwise read the old setting,
  // and a time limit running out would add decisions to the route. A reload before the write is
  // done would abort it, so wait for the stored record first.
  await expect.poll(() => storedSettings(page), { timeout: 30_000 }).toContain('"timeLimitFactor":null');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'No time limits' })).toBeChecked({ timeout: 30_000 });
  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  for (const id of route) {
    await expect(page.locator(`[data-choice-id="${id}"]`), `response ${id} is offered`).toHaveCount(1);
    await answerChoice(page, id);
  }
  await expect(page.getByRole('heading', { level: 1, name: /Debrief/ })).toBeVisible();
  // The last of the staged parts (use-staged-reveal.ts): the page is complete.
  await expect(page.getByRole('region', { name: 'Your conversation, decision by decision' })).toBeVisible();
}

/** The page's height once it stops changing (charts redraw to their measured width over a few frames). */
async function settledHeight(page: Page): Promise<number> {
  const frames = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.documentElement.scrollHeight))),
        ),
    );
  let last = -1;
  await expect
    .poll(async () => {
      const now = await frames();
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return last;
}

for (const [label, route] of Object.entries(ROUTES)) {
  test(`the debrief of a ${label} attempt fits two desktop screens and four phone screens with every disclosure closed`, async ({
    page,
  }) => {
    await openLibrary(page);
    await playRoute(page, route);
    expect(await page.locator('.decision-card').count()).toBe(route.length);
    for (const screen of SCREENS) {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      expect(await page.locator('details[open]').count()).toBe(0);
      const height = await settledHeight(page);
      const limit = screen.most * screen.height;
      console.log(
        `debrief height, ${label} attempt (${route.length} decisions), ${screen.name} ${screen.width}×${screen.height}: ${height} px (limit ${limit})`,
      );
      expect.soft(height, `${screen.name} height`).toBeLessThanOrEqual(limit);
      // For eyeballing the layout: SCREENSHOTS=<folder> saves the whole page.
      if (process.env.SCREENSHOTS)
        await page.screenshot({ path: `${process.env.SCREENSHOTS}/debrief-${label}-${screen.name}.png`, fullPage: true });
    }
  });
}
