import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { checkCmi5Statements } from '../../src/export/cmi5/cmi5-rules';
import type { Statement } from '../../src/export/xapi/xapi-types';
import { startCmi5Lms, type Cmi5Launch, type Cmi5Lms } from './cmi5-host/lms-server';
import { FLAGSHIP, lineCount, playToDebrief } from './helpers/app';
import { PACK_SCENARIO, voicedPack } from './helpers/voiced-pack';

/**
 * The cmi5 package in a test LMS (tests/e2e/cmi5-host): built by
 * `npm run build:cmi5`, imported from its cmi5.xml, launched in Chromium with
 * the cmi5 launch parameters; its statements are read back from the test LRS
 * (tests/lrs) and checked against xAPI and the cmi5 rules.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = `dist-cmi5-e2e-${process.env.E2E_PORT ?? 'default'}`;
const LRS_ENDPOINT = process.env.LRS_ENDPOINT ?? '';
const validate = (createRequire(import.meta.url)('xapi-validation') as { default: (s: unknown) => unknown[] }).default;
const LRS_AUTH = `Basic ${Buffer.from('e2e-reader:e2e-secret').toString('base64')}`;

let lms: Cmi5Lms;

test.skip(
  !LRS_ENDPOINT,
  'LRS_ENDPOINT is not set: run through `npm test` (tests/run-all.mjs starts the test LRS) or start tests/lrs/start-lrs.mjs yourself.',
);
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const packFolder = mkdtempSync(join(tmpdir(), 'cmi5-pack-'));
  execFileSync('npx', ['tsx', 'src/cli/build-cmi5.ts', '--pack', voicedPack(ROOT, packFolder)], {
    cwd: ROOT,
    env: { ...process.env, CMI5_OUT_DIR: OUT_DIR, LRS_ORIGINS: 'http://127.0.0.1:*' },
    stdio: 'pipe',
    timeout: 220_000,
  });
  rmSync(packFolder, { recursive: true, force: true });
  lms = await startCmi5Lms(resolve(ROOT, OUT_DIR, 'common-ground-cmi5.zip'), LRS_ENDPOINT);
});

test.afterAll(async () => {
  await lms?.close();
});

/** Every statement of a registration, oldest first, straight from the test LRS. */
async function statementsOf(registration: string): Promise<Statement[]> {
  const query = new URLSearchParams({ registration, ascending: 'true', limit: '500' });
  const response = await fetch(`${LRS_ENDPOINT}statements?${query}`, {
    headers: { Authorization: LRS_AUTH, 'X-Experience-API-Version': '1.0.3' },
  });
  return ((await response.json()) as { statements: Statement[] }).statements;
}

const verbs = (statements: Statement[]): string[] => statements.map((statement) => statement.verb.id.split('/').pop()!);

const expectations = (launch: Cmi5Launch, modes: Record<string, 'Normal' | 'Browse' | 'Review'>) => ({
  registration: launch.registration,
  activityId: launch.activityId,
  // Extensions are per session (the session id); every session shares the grouping.
  contextTemplate: { contextActivities: launch.contextTemplate.contextActivities },
  masteryScore: launch.au.masteryScore,
  launchModes: modes,
});

async function returnToCourse(page: Page): Promise<void> {
  await page.getByRole('complementary', { name: 'Your course' }).getByRole('button', { name: 'Return to course' }).click();
  await expect(page.getByRole('heading', { name: 'Back in the test LMS' })).toBeVisible();
}

test('cmi5.xml lists one AU per scenario, well-formed, with moveOn Passed and the pass mark', () => {
  const doc = lms.structure;
  expect(doc).toMatch(
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<courseStructure xmlns="https:\/\/w3id.org\/xapi\/profiles\/cmi5\/v1\/CourseStructure.xsd">/,
  );
  expect(lms.aus.length).toBeGreaterThanOrEqual(8);
  for (const au of lms.aus) {
    expect(au).toMatchObject({ moveOn: 'Passed', masteryScore: 0.7 });
    expect(au.url).toMatch(/^index\.html\?scenario=[\w-]+$/);
  }
});

test('a Normal launch: the AU fetches its token once, plays to the end, reports in cmi5 order and returns to the LMS', async ({ page }) => {
  const arrived = lms.arrivals.length;
  const launch = await lms.launch({ scenarioId: FLAGSHIP, launchMode: 'Normal', returnURL: `${lms.lmsOrigin}/return` });
  await page.goto(launch.url);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Your course' })).toContainText('reported to your course');
  await expect.poll(async () => verbs(await statementsOf(launch.registration))).toContain('initialized');

  // A reload carries on the same session: no second POST to the fetch URL, no second initialized.
  await page.keyboard.press('1');
  await expect.poll(() => lineCount(page)).toBeGreaterThan(1);
  await page.reload();
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  await playToDebrief(page, 'a');
  await returnToCourse(page);
  // The AU leaves for returnURL only once terminated has reached the LMS, and sends nothing after it.
  expect(lms.arrivals.slice(arrived).slice(-2)).toEqual(['terminated', 'return']);
  expect(lms.arrivals.slice(arrived).filter((name) => name === 'terminated')).toHaveLength(1);

  expect(lms.fetchCalls.get(launch.sessionId)).toBe(1);
  expect(lms.refused).toEqual([]);
  expect(lms.lrsRefusals).toEqual([]);
  const statements = await statementsOf(launch.registration);
  const names = verbs(statements);
  expect(names[0]).toBe('launched');
  expect(names[1]).toBe('initialized');
  expect(names.at(-1)).toBe('terminated');
  expect(names.filter((name) => name === 'initialized')).toHaveLength(1);
  expect(names.filter((name) => name === 'answered').length).toBeGreaterThan(2);
  expect(
    names.filter((name) => name === 'completed'),
    names.join(' '),
  ).toHaveLength(1);
  const judged = statements.filter((statement) => /\/(passed|failed)$/.test(statement.verb.id));
  expect(judged).toHaveLength(1);
  const scaled = judged[0]!.result!.score!.scaled!;
  expect(verbs(judged)[0]).toBe(scaled >= 0.7 ? 'passed' : 'failed');
  for (const statement of statements) expect(validate(statement), `${statement.verb.id} ${JSON.stringify(statement)}`).toEqual([]);
  for (const statement of statements)
    expect(statement.actor.account).toEqual({ homePage: 'https://lms.test.example', name: 'learner-2001' });
  expect(checkCmi5Statements(statements, expectations(launch, { [launch.sessionId]: 'Normal' }))).toEqual([]);
});

test("a pack scenario built into the course is an AU of its own and speaks in its pack's recorded voice", async ({ page }) => {
  expect(lms.aus.map((au) => new URL(au.url, 'http://x/').searchParams.get('scenario'))).toContain(PACK_SCENARIO);
  const launch = await lms.launch({ scenarioId: PACK_SCENARIO, launchMode: 'Browse' });
  // The clip is fetched, and found, in the package: not a line pointing at a file left out.
  const clip = page
    .waitForResponse((response) => response.url().includes(`/audio/${PACK_SCENARIO}/`) && response.ok(), { timeout: 20_000 })
    .then((response) => response.url());
  clip.catch(() => {});
  await page.goto(launch.url);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  // A key press is the gesture that lets sound play; the reply is a line with its own clip, fetched from the package.
  await page.keyboard.press('1');
  expect(new URL(await clip).pathname).toMatch(new RegExp(`/audio/${PACK_SCENARIO}/\\d+\\.mp3$`));
  expect(lms.refused).toEqual([]);
});

test('a Browse launch records only initialized and terminated, however the conversation ends', async ({ page }) => {
  const launch = await lms.launch({ scenarioId: FLAGSHIP, launchMode: 'Browse', returnURL: `${lms.lmsOrigin}/return` });
  await page.goto(launch.url);
  await expect(page.getByRole('complementary', { name: 'Your course' })).toContainText('You are browsing');
  await playToDebrief(page, 'a');
  await returnToCourse(page);
  const statements = await statementsOf(launch.registration);
  expect(verbs(statements)).toEqual(['launched', 'initialized', 'terminated']);
  for (const statement of statements) expect(validate(statement)).toEqual([]);
  expect(checkCmi5Statements(statements, expectations(launch, { [launch.sessionId]: 'Browse' }))).toEqual([]);
});

test('a second launch of a used fetch URL is refused in plain words, and nothing is reported', async ({ page, browser }) => {
  const launch = await lms.launch({ scenarioId: FLAGSHIP, launchMode: 'Normal' });
  await page.goto(launch.url);
  await expect.poll(async () => verbs(await statementsOf(launch.registration))).toContain('initialized');
  // Another browser (no sessionStorage) opening the same launch address: the token was handed out already.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto(launch.url);
  await expect(other.getByRole('status').filter({ hasText: /already been used or has expired/ })).toBeVisible();
  await elsewhere.close();
  expect(lms.fetchCalls.get(launch.sessionId)).toBe(2);
  expect(verbs(await statementsOf(launch.registration))).toEqual(['launched', 'initialized']);
});

test('a Review launch shows the result the course recorded and the last debrief, opens no attempt, and records only initialized and terminated', async ({
  page,
}) => {
  const normal = await lms.launch({ scenarioId: FLAGSHIP, launchMode: 'Normal', returnURL: `${lms.lmsOrigin}/return` });
  await page.goto(normal.url);
  await playToDebrief(page, 'a');
  await returnToCourse(page);
  const judged = (await statementsOf(normal.registration)).find((statement) => /\/(passed|failed)$/.test(statement.verb.id))!;
  const score = judged.result!.score!.raw!;

  const arrived = lms.arrivals.length;
  const review = await lms.launch({
    scenarioId: FLAGSHIP,
    launchMode: 'Review',
    registration: normal.registration,
    returnURL: `${lms.lmsOrigin}/return`,
  });
  await page.goto(review.url);
  await expect(page.getByRole('heading', { level: 1, name: /^Review: / })).toBeVisible();
  await expect(
    page.getByText(
      'This is a review launch: your result is recorded; you can look through the scenario but nothing you do now is recorded.',
    ),
  ).toBeVisible();
  await expect(page.getByText(`${score} out of 100, ${score >= 70 ? 'passed' : 'not passed'} (the pass mark is 70)`)).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Your course' })).toContainText('You are reviewing');
  // The read-only walk: the conversation's steps and responses, nothing to choose.
  await expect(page.getByRole('heading', { name: 'Look through the conversation' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Responses' })).toHaveCount(0);
  await expect(page.getByText('Responses offered:').first()).toBeVisible();
  // The number keys choose nothing here.
  await page.keyboard.press('1');
  await expect(page.getByRole('heading', { level: 1, name: /^Review: / })).toBeVisible();

  await page.getByRole('link', { name: 'Open the debrief of your last attempt in this browser' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Debrief: / })).toBeVisible();
  await returnToCourse(page);
  expect(lms.arrivals.slice(arrived)).toEqual(['initialized', 'terminated', 'return']);

  const statements = await statementsOf(normal.registration);
  const reviewSession = statements.filter(
    (statement) => statement.context?.extensions?.[Object.keys(review.contextTemplate.extensions)[0]!] === review.sessionId,
  );
  expect(verbs(reviewSession)).toEqual(['launched', 'initialized', 'terminated']);
  for (const statement of statements) expect(validate(statement), `${statement.verb.id} ${JSON.stringify(statement)}`).toEqual([]);
  expect(checkCmi5Statements(statements, expectations(normal, { [normal.sessionId]: 'Normal', [review.sessionId]: 'Review' }))).toEqual([]);
});

test('a Review launch with nothing recorded yet says so, and still offers the conversation to look through', async ({ page }) => {
  const review = await lms.launch({ scenarioId: FLAGSHIP, launchMode: 'Review' });
  await page.goto(review.url);
  await expect(page.getByText('Your course has no result from you for this activity yet.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Look through the conversation' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Open the debrief/ })).toHaveCount(0);
  await expect.poll(async () => verbs(await statementsOf(review.registration))).toEqual(['launched', 'initialized']);
  for (const statement of await statementsOf(review.registration)) expect(validate(statement)).toEqual([]);
});

test('the learner preferences profile sets the sound: off mutes the patient voice, on unmutes it; a language other than English is acknowledged', async ({
  page,
}) => {
  lms.setLearnerPreferences({ languagePreference: 'fr-FR,de', audioPreference: 'off' });
  try {
    const quiet = await lms.launch({ scenarioId: FLAGSHIP, launchMode: 'Browse' });
    await page.goto(quiet.url);
    const bar = page.getByRole('complementary', { name: 'Your course' });
    await expect(bar).toContainText('Sound is off, as your course preferences ask');
    await expect(bar).toContainText('English only');
    await expect(page.getByRole('button', { name: 'Mute' })).toHaveAttribute('aria-pressed', 'true');

    lms.setLearnerPreferences({ languagePreference: 'en-GB', audioPreference: 'on' });
    const loud = await lms.launch({ scenarioId: FLAGSHIP, launchMode: 'Browse' });
    await page.goto(loud.url);
    await expect(bar).toContainText('Sound is on, as your course preferences ask');
    await expect(bar).not.toContainText('English only');
    await expect(page.getByRole('button', { name: 'Mute' })).toHaveAttribute('aria-pressed', 'false');
    expect(lms.refused).toEqual([]);
    for (const launch of [quiet, loud]) {
      const statements = await statementsOf(launch.registration);
      for (const statement of statements) expect(validate(statement)).toEqual([]);
    }
  } finally {
    lms.setLearnerPreferences(null);
  }
});
