/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return --
   The LMS's CMI data is scorm-again's untyped JSON, in different shapes for SCORM 1.2 and 2004: these tests read it as such and assert on its shape. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { PACK_SCENARIO, voicedPack } from './helpers/voiced-pack';
import { startLmsServer, type LmsServer } from './scorm-host/lms-server';

/**
 * The SCORM packages in a test LMS: built by `npm run build:scorm`, unzipped,
 * and launched in an iframe under a page where scorm-again plays the LMS.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = `dist-scorm-e2e-${process.env.E2E_PORT ?? 'default'}`;
const SCENARIO = 'insurer-suspicion';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Cmi = any;
let lms12: LmsServer;
let lms2004: LmsServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const packFolder = mkdtempSync(join(tmpdir(), 'scorm-pack-'));
  execFileSync('npx', ['tsx', 'src/cli/build-scorm.ts', '--pack', voicedPack(ROOT, packFolder)], {
    cwd: ROOT,
    env: { ...process.env, SCORM_OUT_DIR: OUT_DIR, LRS_ORIGINS: 'http://127.0.0.1:*' },
    stdio: 'pipe',
    timeout: 220_000,
  });
  rmSync(packFolder, { recursive: true, force: true });
  lms12 = await startLmsServer(ROOT, resolve(ROOT, OUT_DIR, 'common-ground-scorm12.zip'));
  lms2004 = await startLmsServer(ROOT, resolve(ROOT, OUT_DIR, 'common-ground-scorm2004.zip'));
});

test.afterAll(async () => {
  await lms12?.close();
  await lms2004?.close();
});

async function launch(page: Page, server: LmsServer, version: '1.2' | '2004', cmi?: Cmi, scenario = SCENARIO): Promise<FrameLocator> {
  await page.goto(`${server.origin}/host/host.html`);
  await page.evaluate(([v, href, data]) => (window as Cmi).lms.launch(v, href, data), [
    version,
    `/package/index.html#/play/${scenario}`,
    cmi ?? null,
  ] as const);
  return page.frameLocator('#sco');
}

const lmsData = (page: Page): Promise<Cmi> => page.evaluate(() => (window as Cmi).lms.data().cmi);

/**
 * Answers `turns` times (or until the ending) with the second response where
 * there is one: in this scenario that keeps the conversation going, so there
 * are decisions to record and a middle to leave from.
 */
async function answer(sco: FrameLocator, turns: number): Promise<number> {
  const responses = sco.getByRole('group', { name: 'Responses' });
  const log = sco.locator('.conversation-log > li');
  const debrief = sco.getByRole('heading', { name: /Debrief/ }).first();
  const buttons = responses.getByRole('button');
  // Between the last choice and the debrief come the ending panel and a
  // "Loading…" gap with neither on screen, so poll for one or the other
  // rather than looking once.
  const moment = async (): Promise<'debrief' | 'choose' | 'waiting'> => {
    if (await debrief.isVisible()) return 'debrief';
    if (
      (await buttons.first().isVisible()) &&
      (await buttons
        .first()
        .isEnabled({ timeout: 200 })
        .catch(() => false))
    )
      return 'choose';
    return 'waiting';
  };
  let taken = 0;
  while (taken < turns) {
    // Typed through a cast: the poll's callback assigns it, which flow analysis cannot see.
    let now = 'waiting' as Awaited<ReturnType<typeof moment>>;
    await expect.poll(async () => (now = await moment()), { timeout: 20_000 }).not.toBe('waiting');
    if (now === 'debrief') return taken;
    const before = await log.count();
    const clicked = await ((await buttons.count()) > 1 ? buttons.nth(1) : buttons.first()).click({ timeout: 3_000 }).then(
      () => true,
      () => false,
    );
    // The buttons went away under the click (the ending arrived): look again.
    if (!clicked) continue;
    // The answer took: either the reply joined the log, or the ending took the
    // conversation off the screen (a fast machine can do so before a poll
    // sees the reply), which the next moment() finds.
    await expect
      .poll(async () => {
        const now = await log.count();
        return now > before || now === 0;
      })
      .toBe(true);
    taken++;
  }
  return turns;
}

test('the package holds a manifest and the app; the app finds the LMS and records a whole attempt (SCORM 1.2)', async ({ page }) => {
  const manifest = new TextDecoder().decode(lms12.packageFiles.get('imsmanifest.xml'));
  expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
  expect(manifest).toContain(`parameters="#/play/${SCENARIO}"`);
  expect(lms12.packageFiles.has('index.html')).toBe(true);
  // No offline service worker: an LMS's frame is not ours to control.
  expect([...lms12.packageFiles.keys()].filter((name) => /(^|\/)(sw|workbox-[\w-]+)\.js$/.test(name))).toEqual([]);

  const sco = await launch(page, lms12, '1.2', { cmi: { core: { student_id: 'S-2001', student_name: 'Moana, Tia' } } });
  await expect(sco.getByRole('group', { name: 'Responses' })).toBeVisible();
  await expect(sco.getByText(/No learning management system/)).toHaveCount(0);
  const decisions = await answer(sco, 60);
  await expect(sco.getByRole('heading', { name: /Debrief/ }).first()).toBeVisible();

  await expect.poll(async () => (await lmsData(page)).core.lesson_status).toMatch(/^(passed|failed)$/);
  const cmi = await lmsData(page);
  expect(Number(cmi.core.score.raw)).toBeGreaterThanOrEqual(0);
  expect(cmi.core.score).toMatchObject({ min: '0', max: '100' });
  expect(cmi.core.lesson_status).toBe(Number(cmi.core.score.raw) >= 70 ? 'passed' : 'failed');
  const interactions = Object.values<Cmi>(cmi.interactions);
  expect(interactions).toHaveLength(decisions);
  for (const interaction of interactions) {
    expect(interaction).toMatchObject({ type: 'choice', result: expect.stringMatching(/neutral|unanticipated/) });
    expect(interaction.id).toMatch(new RegExp(`^${SCENARIO}/`));
    expect(interaction.time).toMatch(/^\d\d:\d\d:\d\d$/);
  }
  expect(cmi.suspend_data).toBe('');

  await page.evaluate(() => (window as Cmi).lms.leave());
  await expect.poll(() => page.evaluate(() => (window as Cmi).lms.finished !== null)).toBe(true);
  const finished = await page.evaluate(() => (window as Cmi).lms.finished.cmi);
  expect(finished.core.session_time).toMatch(/^\d{2,4}:\d\d:\d\d/);
  expect(finished.core.exit).toBe('');
});

test('leaving mid-scenario suspends; relaunching on another browser resumes at the same point (SCORM 1.2)', async ({ page, browser }) => {
  const sco = await launch(page, lms12, '1.2', { cmi: { core: { student_id: 'S-2002', student_name: 'Lee, Sam', entry: 'ab-initio' } } });
  await answer(sco, 3);
  const lines = await sco.locator('.conversation-log > li').allTextContents();
  await page.evaluate(() => (window as Cmi).lms.leave());
  await expect.poll(() => page.evaluate(() => (window as Cmi).lms.finished !== null)).toBe(true);
  const left = await page.evaluate(() => (window as Cmi).lms.finished.cmi);
  expect(left.core.exit).toBe('suspend');
  expect(left.core.lesson_status).toBe('incomplete');
  // cg2: the suspend data carries the attempt's choice-order seed, so the same order comes back.
  expect(left.suspend_data).toMatch(/^cg2\|/);
  expect(left.suspend_data.length).toBeLessThan(4096);
  expect(Object.keys(left.interactions)).toHaveLength(3);

  // A fresh browser profile: nothing in IndexedDB, so only the LMS's data can restore the attempt.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  const resumed = await launch(other, lms12, '1.2', {
    cmi: {
      core: { student_id: 'S-2002', student_name: 'Lee, Sam', entry: 'resume', lesson_status: 'incomplete' },
      suspend_data: left.suspend_data,
    },
  });
  await expect(resumed.getByRole('group', { name: 'Responses' })).toBeVisible();
  await expect(resumed.locator('.conversation-log > li')).toHaveText(lines);
  // And it carries on from there.
  await answer(resumed, 1);
  await expect.poll(async () => Object.keys((await lmsData(other)).interactions ?? {}).length).toBe(1);
  await elsewhere.close();
});

test('SCORM 2004: completion, success, scaled score and interactions', async ({ page }) => {
  const sco = await launch(page, lms2004, '2004', { cmi: { learner_id: 'S-2003', learner_name: 'Kaur, Jas' } });
  const decisions = await answer(sco, 60);
  await expect(sco.getByRole('heading', { name: /Debrief/ }).first()).toBeVisible();
  await expect.poll(async () => (await lmsData(page)).completion_status).toBe('completed');
  const cmi = await lmsData(page);
  expect(cmi.success_status).toMatch(/^(passed|failed)$/);
  expect(Number(cmi.score.scaled)).toBeCloseTo(Number(cmi.score.raw) / 100, 5);
  expect(Object.values(cmi.interactions)).toHaveLength(decisions);
});

test("a pack scenario built into the package speaks in its pack's recorded voice (SCORM 2004)", async ({ page }) => {
  const manifest = new TextDecoder().decode(lms2004.packageFiles.get('imsmanifest.xml'));
  expect(manifest).toContain(`parameters="#/play/${PACK_SCENARIO}"`);
  expect(manifest).toContain(`<file href="audio/${PACK_SCENARIO}/1.mp3"/>`);
  const clips: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes(`/package/audio/${PACK_SCENARIO}/`) && response.ok()) clips.push(new URL(response.url()).pathname);
  });
  const sco = await launch(page, lms2004, '2004', { cmi: { learner_id: 'S-2004', learner_name: 'Ngata, Ari' } }, PACK_SCENARIO);
  await expect(sco.getByRole('group', { name: 'Responses' })).toBeVisible();
  // An answer is the gesture that lets sound play; the reply is a line with its own clip.
  await answer(sco, 1);
  await expect.poll(() => clips.length).toBeGreaterThan(0);
  expect(clips.every((path) => /\/package\/audio\/pack-visit\/\d+\.mp3$/.test(path))).toBe(true);
});

test('without an LMS the package runs standalone and says so', async ({ page }) => {
  await page.goto(`${lms12.origin}/package/index.html#/`);
  await expect(page.getByRole('status').filter({ hasText: /No learning management system \(LMS\) was found/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
