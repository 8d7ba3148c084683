import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { FLAGSHIP, openLibrary, playToDebrief } from './helpers/app';

/**
 * The browser version of the xAPI round trip: an LRS set up in Settings,
 * a conversation played, and its statements found in the test LRS
 * (tests/lrs, started by tests/run-all.mjs, which sets LRS_ENDPOINT).
 */
const LRS_ENDPOINT = process.env.LRS_ENDPOINT ?? '';
/** xapi-validation is CommonJS with a default export: returns a list of problems, [] when valid. */
const validate = (createRequire(import.meta.url)('xapi-validation') as { default: (s: unknown) => unknown[] }).default;
const AUTH = `Basic ${Buffer.from('e2e-key:e2e-secret').toString('base64')}`;
const ACTIVITY = `https://common-ground.example/xapi/scenarios/${FLAGSHIP}`;

interface Stmt {
  id: string;
  verb: { id: string };
  context: { registration: string };
  actor: { account: { homePage: string; name: string } };
}

async function statementsSince(since: string): Promise<Stmt[]> {
  const all: Stmt[] = [];
  let url = `${LRS_ENDPOINT}statements?${new URLSearchParams({ activity: ACTIVITY, related_activities: 'true', since, limit: '50' })}`;
  for (let page = 0; url && page < 50; page++) {
    const response = await fetch(url, { headers: { Authorization: AUTH, 'X-Experience-API-Version': '1.0.3' } });
    const body = (await response.json()) as { statements: Stmt[]; more?: string };
    all.push(...body.statements);
    url = body.more ? new URL(body.more, LRS_ENDPOINT).toString() : '';
  }
  return all;
}

test.skip(
  !LRS_ENDPOINT,
  'LRS_ENDPOINT is not set: run through `npm test` (tests/run-all.mjs starts the test LRS) or start tests/lrs/start-lrs.mjs yourself.',
);

test('an LRS set up in Settings receives every statement of a played conversation, once', async ({ page }) => {
  const since = new Date(Date.now() - 1000).toISOString();
  await openLibrary(page);
  await page.goto('./#/settings');
  await page.getByLabel('xAPI endpoint').fill(LRS_ENDPOINT);
  await page.getByLabel('Key (username)').fill('e2e-key');
  await page.getByLabel('Secret (password)').fill('e2e-secret');
  await page.getByLabel('Program web address').fill('https://program.example/e2e');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByText(/^Connected/)).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/^Saved\./)).toBeVisible();

  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible();
  await playToDebrief(page, 'a');

  // Statements arrive through the outbox: wait for the last one.
  await expect
    .poll(async () => (await statementsSince(since)).some((s) => s.verb.id.endsWith('/terminated')), { timeout: 20_000 })
    .toBe(true);
  const statements = await statementsSince(since);
  const ids = statements.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  const verbs = statements.map((s) => s.verb.id.split('/').pop());
  expect(verbs.filter((v) => v === 'initialized')).toHaveLength(1);
  expect(verbs.filter((v) => v === 'completed')).toHaveLength(1);
  expect(verbs.filter((v) => v === 'passed' || v === 'failed')).toHaveLength(1);
  expect(verbs.filter((v) => v === 'answered').length).toBeGreaterThan(1);
  expect(new Set(statements.map((s) => s.context.registration)).size).toBe(1);
  for (const statement of statements) {
    expect(validate(statement)).toEqual([]);
    expect(statement.actor.account.homePage).toBe('https://program.example/e2e');
    expect(JSON.stringify(statement)).not.toContain('e2e-secret');
  }

  // The settings screen reports the queue as empty and the last send.
  await page.goto('./#/settings');
  await expect(page.getByText('0 statements')).toBeVisible();
  await expect(
    page
      .locator('dd')
      .filter({ hasText: /\d{4}|\d\/\d/ })
      .first(),
  ).toBeVisible();
});
