import { expect, test } from '@playwright/test';
import { answerWithKey, FLAGSHIP, openLibrary } from './helpers/app';
import { expectMuteAndVolumePersist, startVoicedScenario, VOICED } from './helpers/audio';

test('mute and volume set on the play screen persist across a reload', async ({ page }) => {
  await openLibrary(page);
  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  await expectMuteAndVolumePersist(page);

  await page.goto('./#/settings');
  await expect(page.getByRole('checkbox', { name: 'Mute all sound' })).toBeChecked();
  await expect(page.getByText('Volume: 40%')).toBeVisible();
});

test('in the built app, the opening voice clip starts after Start is clicked', async ({ page }) => {
  const clip = await (await startVoicedScenario(page)).clip;
  expect(new URL(clip).pathname).toMatch(new RegExp(`/audio/${VOICED}/opening-1-[0-9a-f]{8}\\.mp3$`));
});

test("the patient's lines are heard in their voice, each line's own clip as it is said", async ({ page }) => {
  const clips: string[] = [];
  page.on('response', (response) => {
    if (/\/audio\/[\w-]+\/[\w-]+-[0-9a-f]{8}\.mp3$/.test(response.url()) && response.ok()) clips.push(new URL(response.url()).pathname);
  });
  await openLibrary(page);
  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  await answerWithKey(page, '1');
  // The reply to the first answer is a new line, heard in its own clip (named by its line id and text hash).
  await expect.poll(() => clips.filter((path) => !path.includes('/opening-1-')).length).toBeGreaterThan(0);
  expect(clips.every((path) => path.includes(`/audio/${FLAGSHIP}/`))).toBe(true);
});

interface AudioLog {
  created: number[];
  resumed: number[];
  firstGesture: number | null;
}

test('the audio context is made before the first choice, and only that gesture starts it', async ({ page }) => {
  // Making the browser's first AudioContext is a 50–250 ms task (its audio
  // service starts cold); made after the gesture, it lands beside the first
  // choice. Timestamps, not states: Playwright's own calls count as user
  // activation, so the context's state says nothing here.
  await page.addInitScript(() => {
    const log: AudioLog = { created: [], resumed: [], firstGesture: null };
    (window as unknown as { __audioLog: AudioLog }).__audioLog = log;
    const Native = window.AudioContext;
    window.AudioContext = class extends Native {
      constructor(options?: AudioContextOptions) {
        super(options);
        log.created.push(performance.now());
      }
      override resume() {
        log.resumed.push(performance.now());
        return super.resume();
      }
    };
    const gesture = (event: Event) => {
      if (event.isTrusted) log.firstGesture ??= performance.now();
    };
    window.addEventListener('pointerdown', gesture, true);
    window.addEventListener('keydown', gesture, true);
  });
  const audioLog = () => page.evaluate(() => (window as unknown as { __audioLog: AudioLog }).__audioLog);

  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  // The play screen prepares the context while the trainee reads the opening line.
  await expect.poll(async () => (await audioLog()).created.length).toBe(1);
  expect((await audioLog()).resumed).toEqual([]);

  await page.keyboard.press('1');
  await expect.poll(async () => (await audioLog()).resumed.length).toBeGreaterThan(0);
  const log = await audioLog();
  expect(log.firstGesture).not.toBeNull();
  expect(log.created).toHaveLength(1);
  expect(log.created[0]).toBeLessThan(log.firstGesture ?? 0);
  expect(Math.min(...log.resumed)).toBeGreaterThanOrEqual(log.firstGesture ?? Infinity);
});
