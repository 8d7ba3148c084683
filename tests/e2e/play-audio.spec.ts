import { expect, test, type Page } from '@playwright/test';
import { answerWithKey, FLAGSHIP, openLibrary } from './helpers/app';

test('mute and volume set on the play screen persist across a reload', async ({ page }) => {
  await openLibrary(page);
  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();

  const mute = page.getByRole('button', { name: 'Mute' });
  const volume = page.getByRole('slider', { name: 'Volume' });
  await expect(mute).toHaveAttribute('aria-pressed', 'false');
  await mute.click();
  await expect(mute).toHaveAttribute('aria-pressed', 'true');
  await volume.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowRight');
  await expect(volume).toHaveValue('40');

  // Reload only once both settings have reached IndexedDB.
  await expect.poll(() => storedSettings(page)).toContain('"volume":0.4');
  await expect.poll(() => storedSettings(page)).toContain('"muted":true');
  await page.reload();
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  await expect(mute).toHaveAttribute('aria-pressed', 'true');
  await expect(volume).toHaveValue('40');

  await page.goto('./#/settings');
  await expect(page.getByRole('checkbox', { name: 'Mute all sound' })).toBeChecked();
  await expect(page.getByText('Volume: 40%')).toBeVisible();
});

test("the patient's lines are heard in their voice, fetched only when played", async ({ page }) => {
  const clips: string[] = [];
  page.on('response', (response) => {
    if (/\/audio\/[\w-]+\/[\w-]+-[0-9a-f]{8}\.mp3$/.test(response.url()) && response.ok()) clips.push(new URL(response.url()).pathname);
  });
  await openLibrary(page);
  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  // Nothing plays, and no clip is fetched, before the trainee's first gesture.
  expect(clips).toEqual([]);
  await answerWithKey(page, '1');
  await expect.poll(() => clips.length).toBeGreaterThan(0);
  expect(clips.every((path) => path.includes(`/audio/${FLAGSHIP}/`))).toBe(true);
});

/** The raw settings records from the app's IndexedDB, as JSON text. */
function storedSettings(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('common-ground');
        open.onerror = () => resolve('');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('settings')) return resolve('');
          const request = db.transaction('settings').objectStore('settings').getAll();
          request.onsuccess = () => {
            resolve(JSON.stringify(request.result));
            db.close();
          };
          request.onerror = () => resolve('');
        };
      }),
  );
}
