import { expect, test, type Page } from '@playwright/test';
import { answerFirstStart, FLAGSHIP, openLibrary, playToDebrief } from './helpers/app';
import { hangingLrs, hostileLrs, listener } from './helpers/fake-lrs';

/**
 * Issue 18 point 3 in the browser: a hung LRS times out and, once it answers,
 * the outbox drains without a reload, each statement exactly once; a hostile
 * LRS's `more` link never gets the dashboard's credentials to another origin.
 * Loopback test servers on 8195–8199 (override with LRS_LIMITS_PORT).
 */
const BASE_PORT = Number(process.env.LRS_LIMITS_PORT ?? 8195);
/** A short LRS timeout for this browser (the app's override key), so the test is quick. */
const TIMEOUT_MS = 1500;

async function configureLrs(page: Page, endpoint: string, kind: 'Write-only, for this learner' | 'Read credential, for the dashboard') {
  await page.goto('./#/settings');
  await page.getByLabel('xAPI endpoint').fill(endpoint);
  await page.getByLabel('Key (username)').fill('limits-key');
  await page.getByLabel('Secret (password)').fill('limits-secret');
  await page.getByLabel('Program web address').fill('https://program.example/limits');
  await page.getByLabel(kind).check();
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript((ms) => localStorage.setItem('common-ground.lrs-timeout-ms', String(ms)), TIMEOUT_MS);
});

test('a hung LRS times out; once it answers, the queue drains without a reload, each statement once', async ({ page }) => {
  const lrs = await hangingLrs(BASE_PORT);
  try {
    await openLibrary(page);
    await configureLrs(page, `${lrs.origin}/xAPI/`, 'Write-only, for this learner');
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'did not answer in time' })).toBeVisible();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/^Saved\./)).toBeVisible();

    await page.goto(`./#/play/${FLAGSHIP}`);
    await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
    await playToDebrief(page, 'a');

    await page.goto('./#/settings');
    const waiting = page.locator('dt', { hasText: 'Waiting to send' }).locator('+ dd');
    await expect(waiting).toHaveText(/^[1-9]\d* statements?/);
    await expect(page.locator('dt', { hasText: 'Last problem' }).locator('+ dd')).toContainText('did not answer in time');
    expect(lrs.received.size).toBe(0);

    const navigations: string[] = [];
    page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
    lrs.recover();
    // Back-off retries alone (no reload, no `online` event, no click) deliver the queue.
    await expect(waiting).toHaveText(/^0 statements/, { timeout: 40_000 });
    expect(navigations).toEqual([]);
    const copies = [...lrs.received.values()];
    expect(copies.length).toBeGreaterThan(5);
    expect(copies.every((n) => n === 1)).toBe(true);
    await expect(page.locator('dt', { hasText: 'Last problem' }).locator('+ dd')).toHaveText('None');
  } finally {
    await lrs.close();
  }
});

test('a launch brings its own LRS access: kept for the tab, out of the address, statements about its learner', async ({ page }) => {
  const lrs = await hangingLrs(BASE_PORT + 3);
  lrs.recover();
  const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'launched-learner' } };
  const auth = 'Basic bGF1bmNoOnRva2Vu';
  try {
    const launch = new URLSearchParams({ endpoint: `${lrs.origin}/xAPI/`, auth, actor: JSON.stringify(actor) });
    await page.goto(`./?${launch}#/`);
    // Asked on a fresh browser as on any first start. Left open, it took the keys meant for the responses
    // whenever it opened after the conversation had taken focus.
    await answerFirstStart(page);
    await expect(page.getByRole('heading', { level: 1, name: /practise the conversation/i })).toBeVisible();
    await expect.poll(() => page.url()).not.toContain('auth=');
    await page.goto('./#/settings');
    await expect(page.getByText(/opened with its own access to the Learning Record Store .*\(from this launch\)/)).toBeVisible();
    await expect(page.getByLabel('xAPI endpoint')).toHaveValue('');

    await page.goto(`./#/play/${FLAGSHIP}`);
    await playToDebrief(page, 'a');
    await expect.poll(() => lrs.received.size, { timeout: 20_000 }).toBeGreaterThan(5);
    expect(lrs.requests.filter((r) => r.method === 'POST').every((r) => r.authorization === auth)).toBe(true);
    expect(lrs.actors.every((a) => JSON.stringify(a) === JSON.stringify(actor))).toBe(true);
    // Nothing of the launch in IndexedDB: the saved settings still hold no LRS.
    const savedLrs = await page.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const open = indexedDB.open('common-ground');
          open.onsuccess = () => {
            const read = open.result.transaction('settings').objectStore('settings').getAll();
            read.onsuccess = () => resolve(JSON.stringify(read.result));
          };
        }),
    );
    expect(savedLrs).not.toContain('bGF1bmNoOnRva2Vu');
  } finally {
    await lrs.close();
  }
});

test('a hostile LRS’s `more` link never brings the dashboard’s credentials to another origin', async ({ page }) => {
  const catcher = await listener(BASE_PORT + 2);
  const statement = {
    id: 'e0000000-0000-4000-8000-000000000001',
    actor: { account: { homePage: 'https://program.example/limits', name: 'forged' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/initialized' },
    object: { id: `https://common-ground.example/xapi/scenarios/${FLAGSHIP}` },
    context: { registration: 'e0000000-0000-4000-8000-0000000000aa' },
    timestamp: '2025-01-01T00:00:00Z',
  };
  const hostile = await hostileLrs(BASE_PORT + 1, catcher.origin, [statement]);
  try {
    await openLibrary(page);
    await configureLrs(page, `${hostile.origin}/xAPI/`, 'Read credential, for the dashboard');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/^Saved\./)).toBeVisible();

    await page.goto('./#/dashboard');
    await page.getByRole('button', { name: 'Load statements' }).click();
    await expect(page.getByText(/pointed to a different server for the next page/)).toBeVisible();

    // The string-joining trap stayed on the hostile LRS (as a path); the absolute link was never requested.
    expect(hostile.requests.some((r) => r.path.startsWith('/xAPI/@') && r.authorization)).toBe(true);
    expect(catcher.requests).toEqual([]);
  } finally {
    await hostile.close();
    await catcher.close();
  }
});
