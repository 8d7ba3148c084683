import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { buildExportFile, generateCohortFiles, serializeExportFile } from '../../src/export/records';
import { answerFirstStart } from './helpers/app';

const TRAINEES = 200;

/** A class's worth of export files, as the instructor would receive them, plus one edited by hand. */
function cohortUploads(trainees = TRAINEES) {
  const texts = generateCohortFiles({ trainees, seed: 42 }).map(serializeExportFile);
  const uploads = texts.map((text, i) => ({
    name: `trainee-${String(i + 1).padStart(3, '0')}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  }));
  const edited = texts[0]!.replace(/"overall":\d+/, '"overall":100');
  return [...uploads, { name: 'edited-by-hand.json', mimeType: 'application/json', buffer: Buffer.from(edited) }];
}

test('the dashboard loads a generated cohort of 200 trainees and shows the item analysis', async ({ page }) => {
  await page.goto('./#/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Cohort dashboard' })).toBeVisible({ timeout: 30_000 });

  await page.getByLabel('Trainee export files').setInputFiles(cohortUploads());

  await expect(page.getByText(`Loaded ${TRAINEES} files`)).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('progress')).toHaveAttribute('value', String(TRAINEES + 1));
  const rejected = page.locator('.dashboard-rejected');
  await expect(rejected.getByRole('listitem')).toHaveCount(1);
  await expect(rejected).toContainText('edited-by-hand.json');
  await expect(rejected).toContainText('changed or damaged');

  const table = page.getByRole('table', { name: /per trainee and scenario/ });
  await expect(table.locator('tbody tr')).toHaveCount(TRAINEES);
  await expect(page.getByText(`${TRAINEES} trainees · 4 scenarios`)).toBeVisible();

  await expect(page.getByRole('figure', { name: 'Overall score', exact: true })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Bond', exact: true })).toBeVisible();
  await expect(page.getByRole('figure', { name: /Progress over time/ })).toBeVisible();

  // Named by phase and the patient's words (the flagship ships in this build), not "opening-1" and "Choice a".
  await page.locator('summary', { hasText: 'Nobody believes me' }).click();
  const opening = page.getByRole('table', { name: /^Opening: “So\. You are the new one\./ }).first();
  await expect(opening).toBeVisible();
  await expect(opening.getByRole('rowheader', { name: /^“I've only skimmed it\./ })).toBeVisible();
  await expect(opening.getByRole('columnheader', { name: 'Conversation escalated' })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download table (CSV)' }).click()]);
  const csv = await readFile(await download.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8').trimEnd().split('\r\n')).toHaveLength(TRAINEES + 1);
});

test('the loaded dashboard has no serious accessibility violations', async ({ page }) => {
  await page.goto('./#/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Cohort dashboard' })).toBeVisible({ timeout: 30_000 });
  // Ten trainees draw every kind of table and chart; axe on the 200-trainee page takes ~20 s.
  await page.getByLabel('Trainee export files').setInputFiles(cohortUploads(10));
  await expect(page.getByText('Loaded 10 files')).toBeVisible();
  await page.getByText('Show as a table').first().click();

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test('the dashboard is not part of the trainee first load', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text());
  });
  await page.goto('./#/');
  await expect(page.getByRole('link', { name: 'Common Ground' })).toBeVisible({ timeout: 30_000 });
  await answerFirstStart(page);
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((code) => code.includes('Cohort dashboard'))).toEqual([]);

  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cohort dashboard' })).toBeVisible();
  expect(scripts.some((code) => code.includes('Cohort dashboard'))).toBe(true);
});

/** Two browsers' exports whose trainees never changed the first-run name: both "Trainee", two profile ids. */
function sameNameUploads() {
  return generateCohortFiles({ trainees: 2, seed: 9, scenarios: 1 }).map((file, i) => {
    const profiles = file.profiles.map((profile) => ({ ...profile, displayName: 'Trainee', programId: null }));
    const text = serializeExportFile(buildExportFile(profiles, file.attempts, Date.parse(file.exportedAt)));
    return { name: `trainee-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(text) };
  });
}

test('two trainees with the same name are two rows labelled apart; items read as words; wide tables scroll in place', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto('./#/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Cohort dashboard' })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Trainee export files').setInputFiles(sameNameUploads());
  await expect(page.getByText('Loaded 2 files')).toBeVisible();

  const names = await page
    .getByRole('table', { name: /per trainee and scenario/ })
    .getByRole('rowheader')
    .allTextContents();
  expect(names).toHaveLength(2);
  expect(names.every((name) => /^Trainee \(…\S{4,}\)$/.test(name))).toBe(true);
  expect(new Set(names).size).toBe(2);

  const items = page.getByRole('region', { name: /^Opening: “So\. You are the new one\./ }).first();
  await expect(items).toBeVisible();
  await expect(items.getByRole('rowheader', { name: /^“I've only skimmed it\./ })).toBeVisible();
  await expect(items.getByText(/Choice [a-d]\b|Decision point|opening-1/)).toHaveCount(0);

  // The item table is wider than a 640 px window: it scrolls inside its region, keyboard-reachable,
  // with its header row sticky, and the page itself does not scroll sideways.
  const layout = await items.evaluate((region) => ({
    overflow: getComputedStyle(region).overflowX,
    scrolls: region.scrollWidth > region.clientWidth,
    tabIndex: region.tabIndex,
    stickyHeader: getComputedStyle(region.querySelector('thead')!).position,
    pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));
  expect(layout).toEqual({ overflow: 'auto', scrolls: true, tabIndex: 0, stickyHeader: 'sticky', pageScrolls: false });

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});
