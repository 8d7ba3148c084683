import { expect, test, type Page } from '@playwright/test';
import { scenarioTemplate } from '../../src/engine/authoring';
import { answerChoice, FLAGSHIP, openLibrary, playToDebrief } from './helpers/app';

/*
 * The built app under its own Content Security Policy: every route, with no
 * violation reported. A violation shows up as a `securitypolicyviolation`
 * event (collected from the first script on) or a console error.
 */

declare global {
  interface Window {
    cspViolations: string[];
  }
}

async function watchPolicy(page: Page): Promise<string[]> {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return consoleErrors;
}

async function expectNoViolations(page: Page, consoleErrors: string[], where: string): Promise<void> {
  expect(await page.evaluate(() => window.cspViolations), `policy violations on ${where}`).toEqual([]);
  expect(consoleErrors, `console errors on ${where}`).toEqual([]);
}

async function visit(page: Page, hash: string, heading: RegExp | string): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 30_000 });
}

test('the built page carries a policy with no inline style or script and only loopback LRS origins', async ({ page }) => {
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("style-src 'self';");
  expect(policy).toContain("script-src 'self';");
  expect(policy).toContain("connect-src 'self' http://127.0.0.1:*;");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/\bhttps:(?!\/)/);
});

test('every route runs under the policy without a violation', async ({ page }) => {
  test.setTimeout(120_000);
  const consoleErrors = await watchPolicy(page);

  await openLibrary(page);
  await expectNoViolations(page, consoleErrors, 'the library');

  await page.goto(`./#/play/${FLAGSHIP}`);
  await expect(page.getByRole('group', { name: 'Responses' })).toBeVisible({ timeout: 30_000 });
  await answerChoice(page, 'a');
  await answerChoice(page, 'a');
  await playToDebrief(page);
  await expectNoViolations(page, consoleErrors, 'play and the debrief');

  await visit(page, '#/history', 'Your history');
  await visit(page, '#/settings', 'Settings');
  await visit(page, '#/privacy', 'Privacy');
  await visit(page, '#/add', 'Add scenarios');
  await visit(page, '#/dashboard', 'Cohort dashboard');
  await expectNoViolations(page, consoleErrors, 'history, settings, privacy, add scenarios and the dashboard');

  await visit(page, '#/author', 'Author a scenario');
  await page.getByLabel('Open a scenario file…').setInputFiles({
    name: 'sample.scenario.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(scenarioTemplate('sample')),
  });
  const editor = page.locator('.cm-editor');
  await expect(editor).toBeVisible();
  // CodeMirror's own styles (from constructed stylesheets) apply: its base theme makes the editor a flex box.
  await expect(editor).toHaveCSS('display', 'flex');
  await expect(page.locator('.cm-gutters')).toHaveCSS('display', 'flex');
  await expectNoViolations(page, consoleErrors, 'the Author page with the editor open');
});
