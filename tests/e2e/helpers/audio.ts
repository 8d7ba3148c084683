import { expect, type Page } from '@playwright/test';
import { openLibrary } from './app';
import { storedSettings } from './stored-settings';

/** The scenario with recorded voice clips (public/audio/carer-barriers/). */
export const VOICED = 'carer-barriers';

/**
 * Resolves with the first request for a voice clip under /audio/<scenario>/.
 * Howler fetches a clip as it starts playing it, so the request is the
 * clip starting, seen from outside the page.
 */
export function clipRequested(page: Page, scenarioId = VOICED): Promise<string> {
  return page
    .waitForRequest((request) => new URL(request.url()).pathname.includes(`/audio/${scenarioId}/`), { timeout: 20_000 })
    .then((request) => request.url());
}

/**
 * Opens the library and starts the voiced scenario with a real click (the
 * gesture that allows sound); `clip` settles when its first clip is fetched.
 */
export async function startVoicedScenario(page: Page): Promise<{ clip: Promise<string> }> {
  await openLibrary(page);
  const start = page.locator(`a[href="#/play/${VOICED}"]`).first();
  await expect(start).toBeVisible();
  const clip = clipRequested(page);
  // A caller that does not wait for the clip must not see its timeout as an unhandled rejection.
  clip.catch(() => {});
  await start.click();
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  return { clip };
}

/** Mutes and sets the volume to 40 % with the play screen's controls, then checks both survive a reload. */
export async function expectMuteAndVolumePersist(page: Page): Promise<void> {
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
}
