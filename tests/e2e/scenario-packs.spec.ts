/**
 * Scenario packs end to end: an instructor writes a scenario on the Author
 * page and publishes a pack; a trainee in a fresh browser profile adds it by
 * file and by link, plays it offline and sends the results, which the
 * instructor's dashboard imports; a pack's voice clip is heard offline; a
 * recording attached on the Author page is heard by the trainee; a
 * pack with one error is turned away with the checker's diagnostic.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkScenarioSource, scenarioTemplate } from '../../src/engine/authoring';
import { PACK_CHECKER_VERSION, writePack } from '../../src/export/packs';
import { answerFirstStart, openLibrary, playToDebrief } from './helpers/app';
import { expectNoSeriousViolations } from './helpers/axe';

const TITLE = 'The knee that will not settle';
const SCENARIO = scenarioTemplate('knee-settle').replace(/^title: .*$/m, `title: "${TITLE}"`);
const CHECK_TIMEOUT = 30_000;

/** Publishes SCENARIO from the Author page; `beforePublish` works in the open Publish panel first (attaching recordings). */
async function publishFromAuthorPage(page: Page, beforePublish: () => Promise<void> = async () => {}): Promise<Buffer> {
  await page.goto('./#/author');
  await expect(page.getByRole('heading', { level: 1, name: 'Author a scenario' })).toBeVisible({ timeout: CHECK_TIMEOUT });
  await page
    .getByLabel('Open a scenario file…')
    .setInputFiles({ name: 'knee-settle.scenario.yaml', mimeType: 'application/yaml', buffer: Buffer.from(SCENARIO) });
  await expect(page.getByRole('tab', { name: 'Problems (0)' })).toBeVisible({ timeout: CHECK_TIMEOUT });
  await page.getByText('Publish for trainees', { exact: true }).click(); // the <summary>
  await beforePublish();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Publish a pack' }).click()]);
  expect(download.suggestedFilename()).toBe('knee-settle.cgpack.zip');
  await expect(page.getByText(`Downloaded knee-settle.cgpack.zip with “${TITLE}”.`)).toBeVisible();
  return readFile(await download.path());
}

/** Opens the library for the first time and waits until the offline service worker controls the page. */
async function openOnce(page: Page, trainee?: { name: string; programId: string }): Promise<void> {
  if (trainee) {
    await page.goto('./#/');
    await answerFirstStart(page, trainee.name, trainee.programId);
  } else await openLibrary(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

async function addPackFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByRole('link', { name: 'Add scenarios from a pack' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add scenarios' })).toBeVisible();
  await page.getByLabel('Choose a pack file…').setInputFiles({ name, mimeType: 'application/zip', buffer });
}

test('an instructor publishes a pack; a trainee adds it by file, plays it offline and sends results; the dashboard shows the attempt', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const pack = await publishFromAuthorPage(page);

  const trainee = await browser.newContext();
  const traineePage = await trainee.newPage();
  await openOnce(traineePage, { name: 'Ana Souza', programId: 'PT101' });
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

  // Still offline: the results file is made on the device.
  const after = traineePage.getByRole('navigation', { name: 'After the debrief' });
  const [download] = await Promise.all([traineePage.waitForEvent('download'), after.getByRole('button', { name: 'Send results' }).click()]);
  const fileName = download.suggestedFilename();
  await expect(after.getByRole('status')).toContainText(`saved as ${fileName}`);
  const folder = await mkdtemp(join(tmpdir(), 'cg-pack-results-'));
  try {
    await download.saveAs(join(folder, fileName));
    await trainee.close();

    // The instructor's dashboard, in a browser that has never seen the pack or the trainee.
    const instructor = await browser.newContext();
    const dashboard = await instructor.newPage();
    await dashboard.goto('./#/dashboard');
    await expect(dashboard.getByRole('heading', { level: 1, name: 'Cohort dashboard' })).toBeVisible({ timeout: CHECK_TIMEOUT });
    await dashboard.getByLabel('Folder of trainee files').setInputFiles(folder);
    await expect(dashboard.getByText('Loaded 1 file')).toBeVisible();
    const table = dashboard.getByRole('table', { name: /per trainee and scenario/ });
    const row = table.locator('tbody tr', { has: dashboard.getByRole('rowheader', { name: 'Ana Souza' }) });
    // The pack's scenario is a column, titled from the attempt (this browser does not have the pack), and the row names its file.
    await expect(table.locator('thead th[scope="colgroup"]')).toHaveText([TITLE]);
    await expect(row.locator('.dashboard-sources')).toContainText(fileName);
    await expect(dashboard.getByText('1 trainees · 1 scenarios · 1 attempts')).toBeVisible();
    await instructor.close();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

/** What howler is playing from object URLs: each sound's state, read from its global (howler sets window.Howler). */
function blobVoices(page: Page) {
  return page.evaluate(() => {
    interface Howl {
      _src: string | string[];
      state: () => string;
      playing: () => boolean;
    }
    const howler = (window as unknown as { Howler?: { _howls: Howl[] } }).Howler;
    return (howler?._howls ?? [])
      .filter((howl) => String(howl._src).startsWith('blob:'))
      .map((howl) => ({ state: howl.state(), playing: howl.playing() }));
  });
}

/** Starts the pack's scenario from its library card and waits until its opening line plays from a clip kept on the device. */
async function startAndHearPackVoice(page: Page): Promise<void> {
  // A real click: the gesture that allows sound.
  await page
    .getByRole('article', { name: TITLE })
    .getByRole('link', { name: /^Start/ })
    .click();
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  await expect.poll(() => blobVoices(page), { timeout: 20_000 }).toContainEqual({ state: 'loaded', playing: true });
}

test('a voice clip that came in a pack is heard, offline, from the copy kept on the device', async ({ browser }) => {
  const checked = checkScenarioSource(SCENARIO, 'knee-settle.scenario.yaml', { analyse: false });
  const opening = checked.compiled!.scenario.start;
  const clip = await readFile('public/audio/carer-barriers/barriers-1-ba113bac.mp3');
  const pack = Buffer.from(
    writePack(
      [
        {
          id: 'knee-settle',
          source: SCENARIO,
          contentHash: checked.compiled!.contentHash,
          clips: new Map([[opening, { bytes: new Uint8Array(clip), extension: 'mp3' as const }]]),
        },
      ],
      PACK_CHECKER_VERSION,
      new Date(),
    ),
  );
  const context = await browser.newContext();
  const page = await context.newPage();
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await openOnce(page);
  await addPackFile(page, 'voiced.cgpack.zip', pack);
  await expect(page.getByText(`Added a scenario from “voiced.cgpack.zip”: “${TITLE}”.`)).toBeVisible({ timeout: CHECK_TIMEOUT });

  await context.setOffline(true);
  await page.goto('./#/');
  await page.reload();
  await startAndHearPackVoice(page);
  // Played through a media element, which the page's policy lets read blob: URLs.
  expect(refused).toEqual([]);
  await context.close();
});

test('an instructor attaches a recording on the Author page, a file that is not sound is refused, and the trainee who adds the pack hears it', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const clip = await readFile('public/audio/carer-barriers/barriers-1-ba113bac.mp3');
  const pack = await publishFromAuthorPage(page, async () => {
    await page.getByText('Voice recordings for knee-settle.scenario.yaml (0 of 4 lines)').click(); // the <summary>
    const line = page.getByRole('listitem').filter({ hasText: 'opening-1' });
    await expect(line).toContainText('Opening · opening-1');
    await page
      .getByLabel('Add recording for opening-1')
      .setInputFiles({ name: 'notes.mp3', mimeType: 'audio/mpeg', buffer: Buffer.from('<html>not sound</html>') });
    await expect(line.getByRole('alert')).toContainText('“notes.mp3” is not an MP3, Ogg or WAV sound file');
    await page.getByLabel('Add recording for opening-1').setInputFiles({ name: 'opening.mp3', mimeType: 'audio/mpeg', buffer: clip });
    await expect(line.getByText(/^opening\.mp3 \(MP3, 34 kB\)$/)).toBeVisible();
    await expect(line.getByRole('alert')).toHaveCount(0);
    await expect(page.getByText('Voice recordings for knee-settle.scenario.yaml (1 of 4 lines)')).toBeVisible();
    await expectNoSeriousViolations(page, 'author, publish panel with a recording');
    // The preview plays the picked bytes, through the same sound code as the player.
    await line.getByRole('button', { name: 'Play the recording for opening-1' }).click();
    await expect.poll(() => blobVoices(page), { timeout: 20_000 }).toContainEqual({ state: 'loaded', playing: true });
  });

  const context = await browser.newContext();
  const trainee = await context.newPage();
  await openOnce(trainee);
  await addPackFile(trainee, 'knee-settle.cgpack.zip', pack);
  await expect(trainee.getByText(`Added a scenario from “knee-settle.cgpack.zip”: “${TITLE}”.`)).toBeVisible({ timeout: CHECK_TIMEOUT });
  await trainee.goto('./#/');
  await startAndHearPackVoice(trainee);
  await context.close();
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
