/**
 * Shared by the UI measures: a production build of the app to measure, and a
 * `vite preview` server over it (started and stopped by process id).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';

const root = process.cwd();

/** The built app's folder: BENCH_DIST if set, else a fresh build into dist-bench-ui/. */
export function builtApp(): string {
  const given = process.env.BENCH_DIST;
  if (given) {
    if (!existsSync(join(given, 'index.html'))) throw new Error(`BENCH_DIST=${given} has no index.html`);
    return given;
  }
  const outDir = join(root, 'dist-bench-ui');
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build failed');
  return outDir;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Serves `dir` with vite preview; `stop()` ends exactly that process. */
export async function previewServer(dir: string, port: number): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--outDir', dir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  const stop = () => {
    // The npx wrapper starts vite as a child: end the whole process group we created.
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  };
  const deadline = Date.now() + 30_000;
  while (!(await portOpen(port))) {
    if (Date.now() > deadline) {
      stop();
      throw new Error(`vite preview did not start on port ${port}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url: `http://127.0.0.1:${port}/`, stop };
}
