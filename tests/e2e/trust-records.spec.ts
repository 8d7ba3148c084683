import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { exportChecksum, type ExportFile } from '../../src/export/records';
import { FLAGSHIP, openLibrary, playToDebrief } from './helpers/app';

/** Plays the flagship once with weak responses and downloads the records from History, as a trainee would. */
async function playAndDownload(page: Page): Promise<ExportFile> {
  await openLibrary(page);
  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  await playToDebrief(page, 'd');
  await expect(page.getByRole('heading', { level: 1, name: /Debrief/ })).toBeVisible();
  await page.goto('./#/history');
  await expect(page.getByRole('region', { name: 'Your attempts' }).getByRole('listitem')).toHaveCount(1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download records (JSON)' }).click(),
  ]);
  return JSON.parse(await readFile(await download.path(), 'utf8')) as ExportFile;
}

/** The file edited by hand and checksummed again the way the app does it: the checksum is no obstacle. */
function forge(file: ExportFile, edit: (copy: ExportFile) => void): string {
  const copy = structuredClone(file);
  edit(copy);
  return JSON.stringify({ ...copy, checksum: exportChecksum(copy) });
}

const upload = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('a raised, re-checksummed score is re-scored from the transcript in History and flagged on the dashboard', async ({
  page,
  browser,
}) => {
  const genuine = await playAndDownload(page);
  const earned = genuine.attempts[0]!.score!.overall;
  expect(earned).toBeLessThan(100);
  const raised = forge(genuine, (copy) => {
    copy.attempts[0]!.score!.overall = 100;
  });

  // History on another browser: the import says what the transcript gives, and keeps that.
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await openLibrary(elsewhere);
  await elsewhere.goto('./#/history');
  await elsewhere.getByLabel('Records file to import').setInputFiles(upload('mine.json', raised));
  const dialog = elsewhere.getByRole('dialog', { name: 'Import these records?' });
  await expect(dialog).toContainText(`Claimed 100, transcript gives ${earned}`);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(elsewhere.getByRole('status').filter({ hasText: 'Imported 1 attempt' })).toContainText(
    `1 attempt re-scored from the transcript`,
  );
  await other.close();

  // The dashboard uses the transcript's score, and says the file claimed more.
  await page.goto('./#/dashboard');
  await page.getByLabel('Trainee export files').setInputFiles([upload('trainee.json', raised)]);
  const checks = page.getByRole('region', { name: 'Score checks' });
  await expect(checks).toContainText(`Claimed 100, transcript gives ${earned}.`);
  const row = page
    .getByRole('table', { name: /per trainee and scenario/ })
    .locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Trainee' }) });
  await expect(row).toContainText(`${earned}${earned}1`);
  await expect(row).toContainText('1 flagged');
});

test('a forged file for another trainee, loaded first, cannot hide the genuine one', async ({ page }) => {
  const genuine = await playAndDownload(page);
  const impostor = forge(genuine, (copy) => {
    copy.profiles = [{ ...copy.profiles[0]!, id: 'forged-profile', displayName: 'Eve Impostor' }];
    for (const attempt of copy.attempts) {
      attempt.profileId = 'forged-profile';
      attempt.score!.overall = 100;
    }
  });

  await page.goto('./#/dashboard');
  await page
    .getByLabel('Trainee export files')
    .setInputFiles([upload('eve.json', impostor), upload('trainee.json', JSON.stringify(genuine))]);
  await expect(page.getByText('Loaded 2 files')).toBeVisible();

  const conflicts = page.getByRole('region', { name: 'Score checks' }).locator('.dashboard-rejected', { hasText: 'Conflicting records' });
  await expect(conflicts).toContainText('Eve Impostor in eve.json');
  await expect(conflicts).toContainText('Trainee in trainee.json');
  const table = page.getByRole('table', { name: /per trainee and scenario/ });
  await expect(table.getByRole('rowheader', { name: 'Trainee', exact: true })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Eve Impostor' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Score checks' })).toContainText('Claimed 100, transcript gives');
});
