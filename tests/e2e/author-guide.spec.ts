import { expect, test, type Locator, type Page } from '@playwright/test';
import { scenarioTemplate } from '../../src/engine/authoring';
import { expectNoSeriousViolations } from './helpers/axe';

/*
 * The authoring guide inside the Author page: opened with the keyboard,
 * reached from a diagnostic, left again with the file as it was.
 */

const BROKEN = scenarioTemplate('sample').replace('next: plan-1', 'next: plan-9');
const FILE_NAME = 'sample.scenario.yaml';
const CHECK_TIMEOUT = 20_000;
const GUIDE_TITLE = 'Writing Common Ground scenarios';

async function openBrokenFile(page: Page): Promise<void> {
  await page.goto('./#/author');
  await expect(page.getByRole('heading', { level: 1, name: 'Author a scenario' })).toBeVisible({ timeout: CHECK_TIMEOUT });
  await page
    .getByLabel('Open a scenario file…')
    .setInputFiles({ name: FILE_NAME, mimeType: 'application/yaml', buffer: Buffer.from(BROKEN) });
  await expect(page.getByRole('list', { name: 'Problems' }).getByRole('button', { name: /SCN034/ })).toBeVisible({
    timeout: CHECK_TIMEOUT,
  });
}

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 60 && !(await target.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

test('the guide opens from the Author page by keyboard, and a diagnostic leads to its section', async ({ page }) => {
  await openBrokenFile(page);
  await page.getByRole('heading', { level: 1, name: 'Author a scenario' }).focus();
  await tabTo(page, page.getByRole('link', { name: 'The authoring guide' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/author\/guide$/);
  await expect(page.getByRole('heading', { level: 1, name: GUIDE_TITLE })).toBeFocused({ timeout: CHECK_TIMEOUT });

  // The contents lead to a section, whose heading takes the focus.
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await tabTo(page, contents.getByRole('link', { name: '9. Diagnostics' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: '9. Diagnostics' })).toBeFocused();

  // Back to the editor: the file and its problems are as they were.
  await page.getByRole('link', { name: 'Back to the editor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Author a scenario' })).toBeFocused();
  await expect(page.getByText(`Editing ${FILE_NAME}`)).toBeVisible();

  const about = page.getByRole('list', { name: 'Problems' }).getByRole('link', { name: 'About SCN034 in the guide' });
  await about.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/author\/guide\/scn034$/);
  const section = page.getByRole('heading', { level: 4, name: /^SCN034: Unknown next or route target/ });
  await expect(section).toBeFocused({ timeout: CHECK_TIMEOUT });
  await expect(section).toBeInViewport();

  // The browser's Back button returns to the editor too, the file and its problems intact.
  await page.goBack();
  await expect(page.getByRole('list', { name: 'Problems' }).getByRole('button', { name: /SCN034/ })).toBeVisible();
  await expect(page.getByText(`Editing ${FILE_NAME}`)).toBeVisible();
});

test('the guide has no serious or critical axe violations and fits a phone', async ({ page }) => {
  await page.goto('./#/author/guide');
  await expect(page.getByRole('heading', { level: 1, name: GUIDE_TITLE })).toBeVisible({ timeout: CHECK_TIMEOUT });
  await expectNoSeriousViolations(page, 'authoring guide');
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('the guide keeps its contrast', async ({ page }) => {
    await page.goto('./#/author/guide/4-format-reference');
    await expect(page.getByRole('heading', { level: 2, name: '4. Format reference' })).toBeFocused({ timeout: CHECK_TIMEOUT });
    await expectNoSeriousViolations(page, 'authoring guide (dark)');
  });
});
