import { expect, test, type Page } from '@playwright/test';
import { FLAGSHIP, lineCount, openLibrary } from './helpers/app';
import { expectNoSeriousViolations } from './helpers/axe';

// Lines the response coder reads clearly (checked with `npm run code-responses`).
const FIRST_WORDS = 'That sounds really unfair after everything you have been through.';
const LINE = 'What matters most to you right now?';
const DRAFT = 'It sounds like you feel nobody';

async function tabToTextBox(page: Page): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    if (await page.evaluate(() => document.activeElement?.tagName === 'TEXTAREA')) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('The free-text box was not reachable with Tab');
}

/** The draft reaches the saved progress (IndexedDB), so a reload can bring it back. */
function savedDraft(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open('common-ground');
        open.onsuccess = () => {
          const all = open.result.transaction('inProgress').objectStore('inProgress').getAll();
          all.onsuccess = () => {
            open.result.close();
            const rows = all.result as { freeText?: { draft?: string } }[];
            resolve(rows[0]?.freeText?.draft ?? null);
          };
        };
      }),
  );
}

/** Types a response, reads it, and goes on: Enter on "Go on", or `overrideKey` to pick another option. */
async function answerInOwnWords(page: Page, words: string, overrideKey?: string): Promise<void> {
  const before = await lineCount(page);
  const box = page.getByRole('textbox', { name: 'What would you say?' });
  const debrief = page.getByRole('heading', { level: 1, name: /Debrief/ });
  // After the last decision the ending shows, then the debrief: no text box to answer in.
  await expect.poll(async () => (await debrief.isVisible()) || (await box.isVisible())).toBe(true);
  if (await debrief.isVisible()) return;
  await expect(box).toBeFocused();
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^I read this as /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Go on with this option' })).toBeFocused();
  await page.keyboard.press(overrideKey ?? 'Enter');
  await expect
    .poll(async () => (await page.getByRole('heading', { name: /Debrief/ }).isVisible()) || (await lineCount(page)) > before)
    .toBe(true);
}

test('a keyboard-only trainee plays in free-text mode, overrides a reading, keeps words over a reload and sees them in the debrief', async ({
  page,
}) => {
  await openLibrary(page);
  await page.goto('./#/settings');
  await page.getByRole('radio', { name: 'Always' }).check();
  await expect(page.getByText(/typed words are kept with the attempt on this device/)).toBeVisible();

  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Your response' })).toBeVisible();
  await tabToTextBox(page);

  // First decision: an empty response is not routed; then override the reader's closest option with a number key.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('I couldn’t read a response there — try again.');
  const before = await lineCount(page);
  await page.keyboard.type(FIRST_WORDS);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^I read this as /)).toBeVisible();
  await expectNoSeriousViolations(page, 'free-text reading');
  const options = page.getByRole('group', { name: 'Options' }).getByRole('button');
  const closest = await options.evaluateAll((buttons) => buttons.findIndex((b) => b.getAttribute('aria-current') === 'true'));
  await page.keyboard.press(String(closest === 0 ? 2 : 1));
  await expect.poll(() => lineCount(page)).toBeGreaterThan(before);

  // A draft survives a reload, and so does the answered decision.
  const box = page.getByRole('textbox', { name: 'What would you say?' });
  await expect(box).toBeFocused();
  await page.keyboard.type(DRAFT);
  await expect.poll(() => savedDraft(page)).toBe(DRAFT);
  await expectNoSeriousViolations(page, 'free-text step');
  await page.reload();
  await expect(box).toHaveValue(DRAFT);
  await tabToTextBox(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');

  const debrief = page.getByRole('heading', { level: 1, name: /Debrief/ });
  for (let turn = 0; turn < 40 && !(await debrief.isVisible()); turn += 1) await answerInOwnWords(page, LINE);
  await expect(debrief).toBeVisible();

  await page.getByText('Your conversation, decision by decision').click();
  const transcript = page.getByRole('region', { name: 'Your conversation, decision by decision' });
  await expect(transcript.getByText(`“${FIRST_WORDS}”`)).toBeVisible();
  await expect(transcript.getByText(/You changed the reader’s closest option/).first()).toBeVisible();
  await page.getByRole('heading', { name: 'Your own words' }).click();
  await expect(page.getByRole('region', { name: 'Your own words' })).toContainText('you changed the reader’s closest option 1 time');
  await expectNoSeriousViolations(page, 'free-text debrief');
});
