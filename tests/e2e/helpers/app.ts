import { expect, type Page } from '@playwright/test';

/** The flagship scenario every trainee e2e test plays. */
export const FLAGSHIP = 'work-injury-claim';

/**
 * The name e2e trainees give when the first start asks for one: the old
 * default, on purpose. Specs written before the question look for "Trainee",
 * and a trainee who chooses that name is not asked again (first-start.spec
 * types a real one).
 */
export const E2E_TRAINEE = 'Trainee';

/**
 * Answers the first-start question (name, optional program ID) as a new
 * trainee would, and waits for the dialog to close. Every fresh context sees
 * it on a trainee page, so specs call this (through openLibrary) first.
 */
export async function answerFirstStart(page: Page, name = E2E_TRAINEE, programId = ''): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Welcome to Common Ground' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill(name);
  if (programId) await dialog.getByRole('textbox', { name: /Program ID/ }).fill(programId);
  await dialog.getByRole('button', { name: 'Save and continue' }).click();
  await expect(dialog).toBeHidden();
}

/** Opens the library on a clean browser profile (each test gets a fresh context), answers the first-start question and waits. */
export async function openLibrary(page: Page): Promise<void> {
  await page.goto('./#/');
  await answerFirstStart(page);
  await expect(page.getByRole('heading', { level: 1, name: /practise the conversation/i })).toBeVisible();
}

/** Tab until the focused element matches `accessibleName`, as a keyboard-only user would. */
export async function tabTo(page: Page, accessibleName: RegExp, maxTabs = 60): Promise<void> {
  for (let i = 0; i < maxTabs; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
    });
    if (accessibleName.test(name)) return;
  }
  throw new Error(`No focusable element named ${accessibleName} within ${maxTabs} tabs`);
}

/** The number of lines in the conversation transcript. */
export function lineCount(page: Page): Promise<number> {
  return page.locator('.conversation-log > li').count();
}

/**
 * Whether the turn after a response has arrived: the trainee's line and the
 * patient's reply (two more lines), or no responses left (an ending). Reading
 * the next responses any earlier would read the old turn's, and press the wrong key.
 */
async function turnMovedOn(page: Page, before: number): Promise<boolean> {
  return (await lineCount(page)) >= before + 2 || !(await page.getByRole('group', { name: 'Responses' }).isVisible());
}

/** Presses a response number and waits for the conversation to move on. */
export async function answerWithKey(page: Page, key: string): Promise<void> {
  const before = await lineCount(page);
  await page.keyboard.press(key);
  await expect.poll(() => turnMovedOn(page, before)).toBe(true);
}

/**
 * The number key of the response with choice id `choiceId` where it is shown
 * now (responses are shuffled per attempt), or of the first response shown
 * when the current node has no such choice.
 */
export async function keyOf(page: Page, choiceId: string): Promise<string> {
  const ids = await page
    .getByRole('group', { name: 'Responses' })
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-choice-id')));
  return String(Math.max(0, ids.indexOf(choiceId)) + 1);
}

/** Presses the number key of choice `choiceId` and waits for the conversation to move on. */
export async function answerChoice(page: Page, choiceId: string): Promise<void> {
  await answerWithKey(page, await keyOf(page, choiceId));
}

/**
 * Plays by keyboard, always pressing the key of the response with choice id
 * `choiceId` (the shipped scenarios name them a, b, c, d in written order),
 * until the conversation ends: the ending panel's heading ("Debrief: …", an
 * h2) shows while the attempt is still being scored, before it is saved.
 */
async function playToEnding(page: Page, choiceId: string, maxTurns: number): Promise<void> {
  const ended = page.getByRole('heading', { name: /Debrief/ });
  for (let turn = 0; turn < maxTurns; turn += 1) {
    if (await ended.isVisible()) return;
    const before = await lineCount(page);
    await page.keyboard.press(await keyOf(page, choiceId));
    await expect.poll(async () => (await ended.isVisible()) || (await lineCount(page)) > before).toBe(true);
  }
  await expect(ended).toBeVisible();
}

/**
 * Plays as playToEnding does, then waits until the attempt is saved and its
 * debrief is open: the play screen goes to #/debrief/<id> only once the record
 * is saved (play-screen.tsx), and the debrief page's h1 shows once it has read
 * that record back. A spec that next reloads, opens History or reads IndexedDB
 * finds the attempt there. Scoring runs in a worker, slow on a loaded machine.
 */
export async function playToDebrief(page: Page, choiceId = 'a', maxTurns = 40): Promise<void> {
  await playToEnding(page, choiceId, maxTurns);
  await expect(page).toHaveURL(/#\/debrief\/[^/?]+/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: /^Debrief: / })).toBeVisible({ timeout: 30_000 });
}
