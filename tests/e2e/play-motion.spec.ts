import { expect, test, type Page } from '@playwright/test';
import { answerWithKey, FLAGSHIP, openLibrary } from './helpers/app';

/**
 * The play screen's motion: the patient's face eases between expressions
 * (CSS transitions) and a new line slides in (motion/mini, through the Web
 * Animations API), unless the device asks for reduced motion and Settings does
 * not override it, or Settings asks for it.
 */
async function playDurations(page: Page): Promise<{ face: string; newLine: string }> {
  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  await answerWithKey(page, '1');
  const face = await page
    .locator('.play .patient-avatar .avatar-part')
    .first()
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  await expect(page.locator('.conversation-log > li.line-new').last()).toBeVisible();
  const newLineMs = await page.evaluate(() => (window as unknown as { __lineAnimations: number[] }).__lineAnimations.at(-1) ?? 0);
  return { face: face.split(',')[0] ?? face, newLine: `${newLineMs / 1000}s` };
}

/** Logs the duration of every Web Animation started on a new conversation line. */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const durations: number[] = [];
    (window as unknown as { __lineAnimations: number[] }).__lineAnimations = durations;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(this)
    const native = Element.prototype.animate;
    Element.prototype.animate = function (keyframes, options) {
      if (this.classList.contains('line-new')) durations.push(typeof options === 'number' ? options : Number(options?.duration ?? 0));
      return native.call(this, keyframes, options);
    };
  });
  await openLibrary(page);
});

async function chooseMotionSetting(page: Page, label: 'Reduce motion' | 'Allow motion'): Promise<void> {
  await page.goto('./#/settings');
  await page.getByRole('radio', { name: label }).check();
  await expect(page.locator('html')).toHaveAttribute('data-motion', label === 'Reduce motion' ? 'reduce' : 'no-preference');
}

test('the face eases and new lines slide in when motion is allowed', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await playDurations(page)).toEqual({ face: '0.22s', newLine: '0.2s' });
});

test("the device's reduced-motion preference makes every change instant", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await playDurations(page)).toEqual({ face: '0s', newLine: '0s' });
});

test('Settings can reduce motion on a device that allows it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await chooseMotionSetting(page, 'Reduce motion');
  expect(await playDurations(page)).toEqual({ face: '0s', newLine: '0s' });
});

test('Settings can allow motion on a device that reduces it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await chooseMotionSetting(page, 'Allow motion');
  expect(await playDurations(page)).toEqual({ face: '0.22s', newLine: '0.2s' });
});
