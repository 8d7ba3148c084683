/**
 * Scenario packs end to end: an instructor writes a scenario on the Author
 * page and publishes a pack; a trainee in a fresh browser profile adds it by
 * file and by link, and plays it offline; a pack with one error is turned
 * away with the checker's diagnostic.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { checkScenarioSource, scenarioTemplate } from '../../src/engine/authoring';
import { PACK_CHECKER_VERSION, writePack } from '../../src/export/packs';
import { openLibrary, playToDebrief } from './helpers/app';
import { expectNoSeriousViolations } from './helpers/axe';

const TITLE = 'The knee that will not settle';
const SCENARIO = scenarioTemplate('knee-settle').replace(/^title: .*$/m, `title: "${TITLE}"`);
const CHECK_TIMEOUT = 30_000;

async function publishFromAuthorPage(page: Page): Promise<Buffer> {
  await page.goto('./#/author');
  await expect(page.getByRole('heading', { level: 1, name: 'Author a scenario' })).toBeVisible({ timeout: CHECK_TIMEOUT });
  await page
    .getByLabel('Open a scenario file…')
    .setInputFiles({ name: 'knee-settle.scenario.yaml', mimeType: 'application/yaml', buffer: Buffer.from(SCENARIO) });
  await expect(page.getByRole('tab', { name: 'Problems (0)' })).toBeVisible({ timeout: CHECK_TIMEOUT });
  await page.getByText('Publish for trainees', { exact: true }).click(); // the <summary>
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Publish a pack' }).click()]);
  expect(download.suggestedFilename()).toBe('knee-settle.cgpack.zip');
  await expect(page.getByText(`Downloaded knee-settle.cgpack.zip with “${TITLE}”.`)).toBeVisible();
  return readFile(await download.path());
}

/** Opens the library for the first time and waits until the offline service worker controls the page. */
async function openOnce(page: Page): Promise<void> {
  await openLibrary(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

async function addPackFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByRole('link', { name: 'Add scenarios from a pack' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add scenarios' })).toBeVisible();
  await page.getByLabel('Choose a pack file…').setInputFiles({ name, mimeType: 'application/zip', buffer });
}

test('an instructor publishes a pack; a trainee in a fresh profile adds it by file and plays it offline', async ({ page, browser }) => {
  const pack = await publishFromAuthorPage(page);

  const trainee = await browser.newContext();
  const traineePage = await trainee.newPage();
  await openOnce(traineePage);
  await addPackFile(traineePage, 'knee-settle.cgpack.zip', pack);
  await expect(traineePage.getByText(`Added a scenario from “knee-settle.cgpack.zip”: “${TITLE}”.`)).toBeVisible({
    timeout: CHECK_TIMEOUT,
  });

  await trainee.setOffline(true);
  await traineePage.goto('./#/');
  await traineePage.reload();
  const card = traineePage.getByRole('article', { name: TITLE });
  await expect(card.getByText(/^Added from knee-settle.cgpack.zip on /)).toBeVisible();
  await card.getByRole('link', { name: /^Start/ }).click();
  await expect(traineePage.getByRole('group', { name: 'Responses' })).toBeVisible();
  await playToDebrief(traineePage);
  await expect(traineePage.getByText(/could not be saved|could not be downloaded/)).toHaveCount(0);
  await trainee.close();
});

test('a trainee adds a pack from a link on the app’s own site', async ({ browser }) => {
  const checked = checkScenarioSource(SCENARIO, 'knee-settle.scenario.yaml', { analyse: false });
  const pack = Buffer.from(
    writePack([{ id: 'knee-settle', source: SCENARIO, contentHash: checked.compiled!.contentHash }], PACK_CHECKER_VERSION, new Date()),
  );
  // The program's static host, played by a route: the preview server serves only the build.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.route('**/packs/week-3.cgpack.zip', (route) => route.fulfill({ status: 200, contentType: 'application/zip', body: pack }));
  const page = await context.newPage();
  await openLibrary(page);
  await page.goto('./#/add?pack=packs%2Fweek-3.cgpack.zip');
  await expect(page.getByText(`Added a scenario from “week-3.cgpack.zip”: “${TITLE}”.`)).toBeVisible({ timeout: CHECK_TIMEOUT });
  await page.getByRole('link', { name: 'Go to the library' }).click();
  await expect(page.getByRole('article', { name: TITLE })).toBeVisible();
  await context.close();
});

test('a pack with one error is turned away, with the diagnostic shown', async ({ page }) => {
  const good = checkScenarioSource(SCENARIO, 'a', { analyse: false });
  const broken = scenarioTemplate('knee-broken').replace(/^difficulty: .*$/m, 'difficulty: impossible');
  const pack = Buffer.from(
    writePack(
      [
        { id: 'knee-settle', source: SCENARIO, contentHash: good.compiled!.contentHash },
        { id: 'knee-broken', source: broken, contentHash: 'fnv1a64:0000000000000000' },
      ],
      PACK_CHECKER_VERSION,
      new Date(),
    ),
  );
  await openLibrary(page);
  const worker = page.waitForEvent('worker');
  await addPackFile(page, 'broken.cgpack.zip', pack);
  // The check runs off the page's thread.
  expect((await worker).url()).toMatch(/check-pack\.worker/);
  const rejected = page.getByRole('region', { name: '“broken.cgpack.zip” was not added' });
  await expect(rejected).toBeVisible({ timeout: CHECK_TIMEOUT });
  await expect(rejected.getByRole('heading', { level: 3, name: 'scenarios/knee-broken.scenario.yaml' })).toBeVisible();
  await expect(rejected).toContainText(/Line \d+, column \d+: .+\(SCN\d{3}\)\. .*difficulty/);
  await expectNoSeriousViolations(page, 'add scenarios, pack rejected');
  await page.goto('./#/');
  await expect(page.getByRole('article', { name: TITLE })).toHaveCount(0);
});
