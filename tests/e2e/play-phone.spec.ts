import { expect, test, type Locator, type Page } from '@playwright/test';
import { FLAGSHIP, lineCount, openLibrary } from './helpers/app';

const VIEWPORT = { width: 390, height: 844 };
test.use({ viewport: VIEWPORT });

/** True when the whole of `locator` lies inside the viewport (to within a pixel's rounding). */
async function inView(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  if (!box) return false;
  return box.y >= -1 && box.x >= -1 && box.y + box.height <= VIEWPORT.height + 1 && box.x + box.width <= VIEWPORT.width + 1;
}

/** At a decision: the patient's face, their expression in words, every response, Pause and Leave are all on screen at once. */
async function expectPatientAndResponsesInView(page: Page, turn: number) {
  const responses = page.getByRole('group', { name: 'Responses' }).getByRole('button');
  await expect(responses.first()).toBeVisible();
  const label = `decision ${turn + 1}`;
  const strip = page.getByRole('complementary');
  await expect.poll(() => inView(strip.getByRole('img')), { message: `face in view at ${label}` }).toBe(true);
  expect(await inView(strip.locator('.patient-look')), `expression words in view at ${label}`).toBe(true);
  for (const response of await responses.all()) {
    expect(await inView(response), `response "${await response.textContent()}" in view at ${label}`).toBe(true);
  }
  for (const name of ['Pause', 'Leave']) {
    expect(await inView(page.getByRole('button', { name, exact: true })), `${name} in view at ${label}`).toBe(true);
  }
}

test('on a 390 × 844 phone, the face and every response are on screen together at every decision', async ({ page }) => {
  await openLibrary(page);
  await page.goto(`./#/play/${FLAGSHIP}`);
  const debrief = page.getByRole('heading', { name: /Debrief/ });
  for (let turn = 0; turn < 40; turn += 1) {
    if (await debrief.isVisible()) break;
    await expectPatientAndResponsesInView(page, turn);
    const before = await lineCount(page);
    // Tapped, as on a phone: the last response shown, so the route differs from the keyboard tests'.
    await page.getByRole('group', { name: 'Responses' }).getByRole('button').last().click();
    await expect.poll(async () => (await debrief.isVisible()) || (await lineCount(page)) > before).toBe(true);
  }
  await expect(debrief).toBeVisible();
});

test('in coach mode the strip shows the meters beside the face, and they stay in view while choosing', async ({ page }) => {
  await openLibrary(page);
  await page.goto('./#/settings');
  await page.getByRole('radio', { name: /Coach/ }).check();
  await page.goto(`./#/play/${FLAGSHIP}`);
  const strip = page.getByRole('complementary');
  await expect(strip.getByRole('region', { name: 'Coach view' })).toBeVisible();
  for (let turn = 0; turn < 3; turn += 1) {
    await expectPatientAndResponsesInView(page, turn);
    expect(await inView(strip.getByRole('region', { name: 'Coach view' })), 'meters in view').toBe(true);
    const before = await lineCount(page);
    await page.getByRole('group', { name: 'Responses' }).getByRole('button').first().click();
    await expect.poll(() => lineCount(page)).toBeGreaterThan(before);
  }
});

test('on a touch screen a response keeps no hover highlight after a tap (it would read like a hint)', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    hasTouch: true,
    isMobile: true,
    baseURL: test.info().project.use.baseURL,
  });
  const page = await context.newPage();
  try {
    await openLibrary(page);
    await page.goto(`./#/play/${FLAGSHIP}`);
    const responses = page.getByRole('group', { name: 'Responses' }).getByRole('button');
    await expect(responses.first()).toBeVisible();
    expect(await page.evaluate(() => matchMedia('(hover: hover)').matches), 'the emulated phone cannot hover').toBe(false);
    const before = await lineCount(page);
    await responses.first().tap();
    await expect.poll(() => lineCount(page)).toBeGreaterThan(before);

    // Whether the browser still counts the finger's last spot as hovered depends on timing,
    // so the hover state is forced on the first response, then compared with the second.
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.choices .choice' });
    await cdp.send('CSS.forcePseudoState', { nodeId, forcedPseudoClasses: ['hover'] });
    const [hovered, plain] = await responses.evaluateAll((buttons) =>
      buttons.slice(0, 2).map((b) => `${getComputedStyle(b).backgroundColor} ${getComputedStyle(b).borderColor}`),
    );
    expect(hovered).toBe(plain);
  } finally {
    await context.close();
  }
});
