#!/usr/bin/env node
// `npm test`: every check, in the order a failure is cheapest to find.
// Each step's tests are counted, and the run ends with the plain line
// "N passed, N failed" that CI reads.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputDir = join(root, '.test-output');
const lrsPort = Number(process.env.LRS_PORT ?? 8089);
const totals = { passed: 0, failed: 0 };
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function count(label, ok) {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const attempt = () => {
      const socket = createConnection({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) resolve(false);
        else setTimeout(attempt, 250);
      });
    };
    attempt();
  });
}

/** The local Learning Record Store (tests/lrs), started and stopped by process id. */
async function startLrs() {
  const lrsDir = join(root, 'tests', 'lrs');
  if (!existsSync(join(lrsDir, 'package.json'))) return null;
  if (!existsSync(join(lrsDir, 'node_modules'))) {
    const ok = run('install the test LRS', 'npm', ['ci', '--no-audit', '--no-fund', '--prefix', lrsDir]);
    if (!ok) return null;
  }
  const child = spawn(process.execPath, [join(lrsDir, 'start-lrs.mjs')], {
    cwd: lrsDir,
    env: { ...process.env, LRS_PORT: String(lrsPort) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const up = await waitForPort(lrsPort, 30_000);
  if (!up) {
    child.kill('SIGTERM');
    return null;
  }
  console.log(`▶ test LRS running on 127.0.0.1:${lrsPort} (pid ${child.pid})`);
  return child;
}

/** Stops the LRS and waits (up to 5 s) for it to exit, so nothing it prints lands after the summary. */
async function stopLrs(child) {
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(child.pid, 'SIGTERM');
  } catch {
    return; // Already gone.
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  console.log(`▶ stopped the test LRS (pid ${child.pid})`);
}

async function main() {
  const chromium = findChromium();
  if (!chromium) {
    console.error(
      '\nNo usable Chromium was found, and the browser end-to-end tests need one.\n' +
        'On Debian or Ubuntu: sudo apt-get install chromium\n' +
        'Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium\n',
    );
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  rmSync(outputDir, { recursive: true, force: true });
  mkdirSync(outputDir, { recursive: true });

  count('typecheck', run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']));
  count('lint', run('lint', 'npx', ['eslint', '-c', '.eslint.config.js', '--max-warnings=0', '.']));
  // One layout for everyone's code: `npm run format` fixes what this reports.
  count('format', run('format', 'npx', ['prettier', '--check', '.']));
  count('scenario check', run('scenario check', 'npx', ['tsx', 'src/cli/check-scenarios.ts']));

  const lrs = await startLrs();
  const lrsEnv = lrs ? { LRS_ENDPOINT: `http://127.0.0.1:${lrsPort}/xAPI/`, LRS_PORT: String(lrsPort) } : {};
  try {
    const vitestJson = join(outputDir, 'vitest.json');
    const vitestOk = run(
      'unit and component tests',
      'npx',
      ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
      lrsEnv,
    );
    const vitest = readJson(vitestJson);
    if (vitest) {
      // A file that fails without a failing test (an import error, say) counts once.
      const brokenFiles = (vitest.testResults ?? []).filter(
        (file) => file.status === 'failed' && !file.assertionResults?.some((test) => test.status === 'failed'),
      ).length;
      totals.passed += vitest.numPassedTests ?? 0;
      totals.failed += (vitest.numFailedTests ?? 0) + brokenFiles;
      if (vitest.numFailedTests || brokenFiles) failures.push('unit and component tests');
      else if (!vitestOk) count('vitest run', false);
    } else count('vitest run', vitestOk);

    // The built app, then the development server (`npm start`, React's StrictMode double mount).
    for (const [label, config] of [
      ['browser end-to-end tests', 'playwright.config.ts'],
      ['browser tests on the development server', 'playwright.dev.config.ts'],
    ]) {
      const playwrightJson = join(outputDir, `${config}.json`);
      const e2eOk = run(label, 'npx', ['playwright', 'test', '-c', `tests/e2e/${config}`], {
        ...lrsEnv,
        CHROMIUM_PATH: chromium,
        PW_JSON_OUTPUT: playwrightJson,
      });
      const report = readJson(playwrightJson);
      if (report?.stats) {
        const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
        totals.passed += expected + flaky;
        totals.failed += unexpected;
        if (unexpected) failures.push(label);
        if (!e2eOk && !unexpected) count(`${label} (run)`, false);
      } else count(`${label} (run)`, e2eOk);
    }
  } finally {
    await stopLrs(lrs);
  }

  console.log(failures.length ? `\nFailed: ${failures.join(', ')}` : '\nEvery check passed.');
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  console.log(`${totals.passed} passed, ${totals.failed + 1} failed`);
  process.exit(1);
});
