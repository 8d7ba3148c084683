import { expect, test } from '@playwright/test';
import { expectMuteAndVolumePersist, startVoicedScenario, VOICED } from './helpers/audio';

// The first page load compiles the app's modules on demand.
test.setTimeout(120_000);

test('on the development server, the opening voice clip starts after Start is clicked', async ({ page }) => {
  const clip = await (await startVoicedScenario(page)).clip;
  expect(new URL(clip).pathname).toMatch(new RegExp(`/audio/${VOICED}/opening-1-[0-9a-f]{8}\\.mp3$`));
});

test('on the development server, mute and volume persist across a reload', async ({ page }) => {
  await startVoicedScenario(page);
  await expectMuteAndVolumePersist(page);
});
