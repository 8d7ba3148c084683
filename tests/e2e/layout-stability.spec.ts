import { expect, test, type Page } from '@playwright/test';
import { FLAGSHIP, openLibrary, playToDebrief } from './helpers/app';

/**
 * Nothing on a screen that opens from a link should jump as its data and
 * charts arrive (a layout shift moves what the trainee is about to read or
 * tap). Measured with the browser's own Layout Instability API, on a phone-
 * sized window, from the first paint to a settled page.
 */
async function recordLayoutShifts(page: Page): Promise<void> {
  // Every page load starts a new window, so each load counts from zero.
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

async function layoutShiftOnLoad(page: Page, hash: string, settled: () => Promise<void>): Promise<number> {
  // A slow phone's CPU: on a fast one the records arrive before the first paint and hide a shift.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`./${hash}`);
  await settled();
  // Late redraws (charts measuring their width, the evidence arriving) land within a few frames of the
  // last response: wait for the network to go quiet, then for an idle main thread and two more frames.
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())), { timeout: 5000 }),
      ),
  );
  const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return shift;
}

test('the debrief and the history open without layout shifts', async ({ browser, page }) => {
  await openLibrary(page);
  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  await playToDebrief(page, 'a');
  const debriefHash = new URL(page.url()).hash;
  // Opened as from a bookmark: a new context with the same records but a cold cache, phone-sized.
  const state = await page.context().storageState({ indexedDB: true });
  const cold = await browser.newContext({
    storageState: state,
    viewport: { width: 412, height: 823 },
    baseURL: test.info().project.use.baseURL,
  });
  try {
    const fresh = await cold.newPage();
    await recordLayoutShifts(fresh);
    const debriefShift = await layoutShiftOnLoad(fresh, debriefHash, async () => {
      // Four times slower CPU on a cold cache: on a loaded two-core machine this took over the default 10 s.
      await expect(fresh.getByRole('region', { name: 'Your conversation, decision by decision' })).toBeVisible({ timeout: 30_000 });
    });
    expect(debriefShift).toBeLessThan(0.01);

    const historyPage = await cold.newPage();
    await recordLayoutShifts(historyPage);
    const historyShift = await layoutShiftOnLoad(historyPage, '#/history', async () => {
      await expect(historyPage.getByRole('button', { name: 'Download records (JSON)' })).toBeVisible({ timeout: 30_000 });
      await expect(historyPage.getByRole('region', { name: 'Progress over time' }).getByRole('figure')).toHaveCount(6);
    });
    expect(historyShift).toBeLessThan(0.01);
  } finally {
    await cold.close();
  }
});
