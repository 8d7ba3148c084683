/**
 * Shared by the xAPI integration tests: the LRS from run-all (LRS_ENDPOINT),
 * a private LRS process for the outage test, and statement validation.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { resolve } from 'node:path';
import validate from 'xapi-validation';
import type { LrsConfig } from '../../src/export/xapi/lrs-access';

export const LRS_ENDPOINT = process.env.LRS_ENDPOINT ?? '';
export const SKIP_MESSAGE =
  'LRS_ENDPOINT is not set, so the xAPI integration tests are skipped. `npm test` (tests/run-all.mjs) starts the ' +
  'test LRS and sets it; by hand: LRS_PORT=8095 node tests/lrs/start-lrs.mjs, then LRS_ENDPOINT=http://127.0.0.1:8095/xAPI/.';

export const configFor = (endpoint: string): LrsConfig => ({
  endpoint,
  key: 'integration-test',
  secret: 'not-a-real-secret',
  homePage: 'https://program.example/physio',
  kind: 'dashboard-read',
});

export const problems = (statement: unknown): string[] => validate(statement).map((w) => `${w.path.join('.')}: ${w.message}`);

export function portIsOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => {
      socket.destroy();
      done(false);
    });
  });
}

export async function waitForPort(port: number, open: boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await portIsOpen(port)) !== open) {
    if (Date.now() > deadline) throw new Error(`Port ${port} did not ${open ? 'open' : 'close'} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Starts tests/lrs/start-lrs.mjs on `port`; stop it with stopLrs (by PID). */
export async function startLrs(port: number): Promise<ChildProcess> {
  const script = resolve(process.cwd(), 'tests/lrs/start-lrs.mjs');
  const child = spawn(process.execPath, [script], {
    cwd: resolve(process.cwd(), 'tests/lrs'),
    env: { ...process.env, LRS_PORT: String(port) },
    stdio: 'ignore',
  });
  await waitForPort(port, true);
  return child;
}

export async function stopLrs(child: ChildProcess | null, port: number): Promise<void> {
  if (!child?.pid || child.exitCode !== null) return;
  process.kill(child.pid, 'SIGTERM');
  await waitForPort(port, false);
}
