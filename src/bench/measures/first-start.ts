import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright';

/** The name the UI measures give at the first start (the e2e trainees' name). */
const BENCH_TRAINEE = 'Trainee';

/**
 * Answers the first-start question (a trainee page on a fresh profile asks
 * for a name before anything else) and waits for the dialog to close.
 */
export async function answerFirstStart(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Welcome to Common Ground' });
  await dialog.waitFor({ timeout: 30_000 });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill(BENCH_TRAINEE);
  await dialog.getByRole('button', { name: 'Save and continue' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * A Chromium profile folder whose trainee has answered the first start, made
 * in a browser of its own: a measure that opens it in a new browser finds the
 * name saved and the browser's audio service still cold, as on a direct load.
 */
export async function profileWithName(base: string, executablePath: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'cg-bench-named-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--disable-gpu', '--no-first-run', '--mute-audio'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}#/`);
    await answerFirstStart(page);
  } finally {
    await context.close();
  }
  return profile;
}
