import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { generateScenarioYaml } from '../../src/bench/generate-scenarios';
import { scenarioTemplate } from '../../src/engine/authoring';
import { answerFirstStart } from './helpers/app';
import { expectNoSeriousViolations } from './helpers/axe';

/*
 * The Author page in a real Chromium: the validation worker, CodeMirror,
 * IndexedDB drafts and the download, end to end. The fixture is the
 * new-scenario template with one broken link, so every figure is known.
 */

const GOOD = scenarioTemplate('sample');
const BROKEN = GOOD.replace('next: plan-1', 'next: plan-9');
const FILE_NAME = 'sample.scenario.yaml';
const CHECK_TIMEOUT = 20_000;

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const BROKEN_LINE = lineOf(BROKEN, 'next: plan-9');
const BROKEN_COL = BROKEN.split('\n')[BROKEN_LINE - 1]!.indexOf('plan-9') + 1;

async function openAuthor(page: Page): Promise<void> {
  await page.goto('./#/author');
  await expect(page.getByRole('heading', { level: 1, name: 'Author a scenario' })).toBeVisible({ timeout: CHECK_TIMEOUT });
}

async function openBrokenFile(page: Page): Promise<void> {
  await page
    .getByLabel('Open a scenario file…')
    .setInputFiles({ name: FILE_NAME, mimeType: 'application/yaml', buffer: Buffer.from(BROKEN) });
  await expect(page.getByText(`Editing ${FILE_NAME}`)).toBeVisible();
}

const problems = (page: Page) => page.getByRole('list', { name: 'Problems' });
const problemsTab = (page: Page, count: number) => page.getByRole('tab', { name: `Problems (${count})` });

test('a broken file shows its diagnostics at the right lines; fixed, it previews, downloads and survives a reload', async ({ page }) => {
  await openAuthor(page);
  await openBrokenFile(page);

  // The worker's diagnostics: the same code, line and column as `npm run check-scenarios`.
  const item = problems(page).getByRole('button', { name: new RegExp(`Line ${BROKEN_LINE}:${BROKEN_COL} SCN034`) });
  await expect(item).toBeVisible({ timeout: CHECK_TIMEOUT });
  await expect(problems(page).getByRole('button', { name: /SCN043/ })).toContainText(`Line ${lineOf(BROKEN, 'id: plan-1')}:`);

  // Jump to the line: inline in the editor too, the underlined text is the broken target.
  await item.click();
  await expect(page.locator('.cm-activeLine')).toContainText('next: plan-9');
  await expect(page.locator('.cm-lintRange-error')).toHaveText('plan-9');
  await expect(page.locator('.cm-lineNumbers .cm-activeLineGutter')).toHaveText(String(BROKEN_LINE));

  // Fix it by typing.
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('plan-1');
  await expect(problemsTab(page, 0)).toBeVisible({ timeout: CHECK_TIMEOUT });
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'No problems found' })).toBeVisible({ timeout: CHECK_TIMEOUT });

  // The preview plays the fixed file to an ending.
  await page.getByRole('tab', { name: 'Preview' }).click();
  await page.getByRole('button', { name: 'Start preview' }).click();
  const responses = page.getByRole('group', { name: 'Preview responses' });
  await responses.getByRole('button', { name: /tried a lot already/ }).click();
  await responses.getByRole('button', { name: /most like to be able to do again/ }).click();
  await responses.getByRole('button', { name: /build the plan around your shifts/ }).click();
  await expect(page.getByRole('heading', { name: 'Ending: A plan that fits (alliance)' })).toBeVisible();

  // The analysis ran in the worker too.
  await page.getByRole('tab', { name: 'Analysis' }).click();
  await expect(page.getByText('Best achievable score')).toBeVisible({ timeout: CHECK_TIMEOUT });

  // The download is the edited text, under the original name.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download ${FILE_NAME}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(FILE_NAME);
  expect(await readFile(await download.path(), 'utf8')).toBe(GOOD);

  // The draft was saved as typed: after a reload it is back, with a notice.
  await expect(page.getByText(/Draft saved on this browser/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`Restored your draft of ${FILE_NAME} from`)).toBeVisible({ timeout: CHECK_TIMEOUT });
  await expect(problemsTab(page, 0)).toBeVisible({ timeout: CHECK_TIMEOUT });
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${FILE_NAME}` }).click()]);
  expect(await readFile(await again.path(), 'utf8')).toBe(GOOD);
});

test('a file dropped on the drop zone opens, and the graph jumps to a node’s line', async ({ page }) => {
  await openAuthor(page);
  const transfer = await page.evaluateHandle(
    ({ text, name }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/yaml' }));
      return data;
    },
    { text: GOOD, name: 'dropped.scenario.yaml' },
  );
  await page.locator('.author-dropzone').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByText('Editing dropped.scenario.yaml')).toBeVisible();
  // The id differs from the file name: the checker's warning, as in the CLI.
  await expect(problems(page).getByRole('button', { name: /SCN033/ })).toBeVisible({ timeout: CHECK_TIMEOUT });

  const box = page.getByRole('button', { name: /^Node plan-1/ });
  await box.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.cm-activeLine')).toContainText('id: plan-1');
});

test('the file picker is reachable by keyboard', async ({ page }) => {
  await openAuthor(page);
  const input = page.getByLabel('Open a scenario file…');
  for (let i = 0; i < 30 && !(await input.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
});

test('the Author page has no serious or critical axe violations, empty and with a file open', async ({ page }) => {
  await openAuthor(page);
  await expectNoSeriousViolations(page, 'author (empty)');
  await openBrokenFile(page);
  await expect(problems(page)).toBeVisible({ timeout: CHECK_TIMEOUT });
  await expect(page.getByRole('button', { name: /^Node opening-1/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'author (broken file)');
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expectNoSeriousViolations(page, 'author (preview tab)');
  if (process.env.AUTHOR_SCREENSHOT) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('tab', { name: /Problems/ }).click();
    await page.screenshot({ path: process.env.AUTHOR_SCREENSHOT, fullPage: true });
  }
});

test('typing in a 1,000-node file stays responsive while the worker checks it', async ({ page }, testInfo) => {
  await openAuthor(page);
  await page
    .getByLabel('Open a scenario file…')
    .setInputFiles({ name: 'bench-1000.scenario.yaml', mimeType: 'application/yaml', buffer: Buffer.from(generateScenarioYaml(1000)) });
  await expect(page.getByText(/1,000 nodes and 2 endings/)).toBeVisible({ timeout: CHECK_TIMEOUT });
  // The full check's lints arrive last: SCN112 twice, SCN114 (a generated file's analysis is an
  // estimate), SCN130 three times and SCN132 (its options are all alike, so form-based rules do well).
  await expect(problemsTab(page, 7)).toBeVisible({ timeout: 45_000 });
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
  await page.getByRole('textbox', { name: /Scenario file/ }).click();
  await page.keyboard.press('Control+End');
  const started = Date.now();
  await page.keyboard.type('\n# a comment typed at speed', { delay: 30 });
  const typingMs = Date.now() - started;
  await page.keyboard.type('\nstart: n9999');
  await expect(problems(page).getByRole('button', { name: /SCN010/ })).toBeVisible({ timeout: CHECK_TIMEOUT });
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  testInfo.annotations.push({
    type: 'typing',
    description: `27 keys in ${typingMs} ms; long tasks on the main thread: ${longTasks.map(Math.round).join(', ') || 'none'}`,
  });
  console.log(testInfo.annotations.at(-1)?.description);
  expect(Math.max(0, ...longTasks)).toBeLessThan(500);
});

test('trainees never download the editor, the YAML parser or the schema', async ({ page }) => {
  const scripts = new Map<string, string>();
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.set(response.url(), await response.text().catch(() => ''));
  });
  await page.goto('./#/');
  await answerFirstStart(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: CHECK_TIMEOUT });
  await page.goto('./#/play/work-injury-claim');
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible({ timeout: CHECK_TIMEOUT });
  await page.getByRole('group', { name: 'Responses' }).getByRole('button').first().click();
  await page.waitForLoadState('networkidle');
  expect(scripts.size).toBeGreaterThan(0);
  for (const [url, code] of scripts) {
    expect(url).not.toMatch(/author-page|validation|run-validation/);
    // CodeMirror's editor class, a description from the scenario schema, and js-yaml's exception class.
    // (zod itself does load, as zod/mini at the storage boundary, in the storage chunk: issue 17.)
    for (const marker of ['cm-editor', 'Behaviour codes from the rubric that this response shows', 'YAMLException']) {
      expect(code, `${marker} in ${url}`).not.toContain(marker);
    }
  }
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('the Author page keeps its contrast', async ({ page }) => {
    await openAuthor(page);
    await openBrokenFile(page);
    await expect(problems(page)).toBeVisible({ timeout: CHECK_TIMEOUT });
    await expectNoSeriousViolations(page, 'author (dark)');
  });
});
