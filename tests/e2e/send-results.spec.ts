import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { answerFirstStart, FLAGSHIP, playToDebrief } from './helpers/app';

/**
 * A trainee in their own browser: first start with a name and program ID, one
 * attempt, then Send results (from the debrief, or from History), which
 * downloads on a desktop. Returns the downloaded file's path and name.
 */
async function playAndSend(browser: Browser, folder: string, name: string, from: 'debrief' | 'history') {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  await page.goto('./#/');
  await answerFirstStart(page, name, 'PT101');
  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  await playToDebrief(page, 'a');
  await expect(page.getByRole('heading', { level: 1, name: /Debrief/ })).toBeVisible();
  if (from === 'history') {
    await page.goto('./#/history');
    await expect(page.getByRole('region', { name: 'Your attempts' }).getByRole('listitem')).toHaveCount(1);
  }
  const scope =
    from === 'history'
      ? page.getByRole('region', { name: 'Send results to your instructor' })
      : page.getByRole('navigation', { name: 'After the debrief' });
  const [download] = await Promise.all([page.waitForEvent('download'), scope.getByRole('button', { name: 'Send results' }).click()]);
  const fileName = download.suggestedFilename();
  await expect(scope.getByRole('status')).toContainText(`saved as ${fileName}`);
  await expect(scope.getByRole('status')).toContainText('Give this file to your instructor');
  const path = join(folder, fileName);
  await download.saveAs(path);
  await context.close();
  return { path, fileName };
}

test('Send results, then the instructor imports the folder: rows with their sources, a duplicate merged, a damaged file refused', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const folder = await mkdtemp(join(tmpdir(), 'cg-results-'));
  try {
    const ana = await playAndSend(browser, folder, 'Ana Souza', 'debrief');
    const ben = await playAndSend(browser, folder, 'Ben Okafor', 'history');
    expect(ana.fileName).toMatch(/^common-ground-results-ana-souza-pt101-\d{4}-\d\d-\d\d\.json$/);
    expect(ben.fileName).toMatch(/^common-ground-results-ben-okafor-pt101-/);

    // Ana handed hers in twice; Ben's second copy was damaged on the way.
    await copyFile(ana.path, join(folder, 'ana-again.json'));
    const damaged = (await readFile(ben.path, 'utf8')).replace('"Ben Okafor"', '"Ben 0kafor"');
    await writeFile(join(folder, 'ben-damaged.json'), damaged);

    // The instructor's own browser, which has never seen these trainees.
    const instructor = await browser.newContext();
    const page = await instructor.newPage();
    await page.goto('./#/dashboard');
    await expect(page.getByRole('heading', { level: 1, name: 'Cohort dashboard' })).toBeVisible({ timeout: 30_000 });
    await page.getByLabel('Folder of trainee files').setInputFiles(folder);

    await expect(page.getByText('Loaded 3 files')).toBeVisible();
    const report = page.locator('details', { hasText: 'What each file added' });
    await expect(report.getByRole('listitem')).toHaveCount(3);
    await expect(report).toContainText(
      /ana-again\.json: added 0 attempts; 1 attempt was already loaded \(counted once\)|ana-souza-pt101-[\d-]+\.json: added 0 attempts; 1 attempt was already loaded/,
    );
    await expect(page.locator('.dashboard-rejected', { hasText: 'Files not loaded' })).toContainText(
      /ben-damaged\.json: The file's contents do not match its checksum/,
    );

    const table = page.getByRole('table', { name: /per trainee and scenario/ });
    await expect(table.locator('tbody tr')).toHaveCount(2);
    const anaRow = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Ana Souza' }) });
    await expect(anaRow.locator('.dashboard-sources')).toContainText(ana.fileName);
    await expect(anaRow.locator('.dashboard-sources')).toContainText('ana-again.json');
    const benRow = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Ben Okafor' }) });
    await expect(benRow.locator('.dashboard-sources')).toHaveText(new RegExp(`${ben.fileName.replace(/\./g, '\\.')}$`));
    await expect(page.getByText('2 trainees · 1 scenarios · 2 attempts')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Score checks' })).toContainText('2 attempts: score checked against the transcript');
    await instructor.close();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
