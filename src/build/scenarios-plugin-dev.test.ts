// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import type { ViteDevServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scenarioTemplate } from '../engine/authoring';
import { scenariosPlugin } from './scenarios-plugin';

let root = '';
let server: ViteDevServer;
const file = () => join(root, 'scenarios', 'sample.scenario.yaml');

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'scenarios-dev-'));
  mkdirSync(join(root, 'scenarios'));
  writeFileSync(file(), scenarioTemplate('sample'));
  server = await createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [scenariosPlugin()],
    server: { middlewareMode: true, hmr: false, watch: null },
  });
});
afterEach(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('scenariosPlugin in the dev server', () => {
  it('re-checks a saved scenario, drops the stale modules and reloads the page', async () => {
    const send = vi.spyOn(server.ws, 'send').mockImplementation(() => undefined);
    const before = await server.transformRequest('virtual:scenario-catalog');
    expect(before?.code).toContain('Replace with a short title');

    writeFileSync(file(), scenarioTemplate('sample').replace('Replace with a short title', 'Saved title'));
    server.watcher.emit('change', file());
    expect(send).toHaveBeenLastCalledWith({ type: 'full-reload' });
    const after = await server.transformRequest('virtual:scenario-catalog');
    expect(after?.code).toContain('Saved title');
  });

  it('shows the error overlay with the diagnostic lines when a save breaks the file', () => {
    const send = vi.spyOn(server.ws, 'send').mockImplementation(() => undefined);
    const logged = vi.spyOn(server.config.logger, 'error').mockImplementation(() => undefined);
    writeFileSync(file(), scenarioTemplate('sample').replace('next: plan-1', 'next: plan-9'));
    server.watcher.emit('change', file());
    expect(send).toHaveBeenLastCalledWith({
      type: 'error',
      err: { message: expect.stringContaining('scenarios/sample.scenario.yaml:71:15 error SCN034'), stack: '' },
    });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('SCN034'), { timestamp: true });
  });

  it('ignores files that are not scenarios', () => {
    const send = vi.spyOn(server.ws, 'send').mockImplementation(() => undefined);
    server.watcher.emit('change', join(root, 'scenarios', 'README.md'));
    server.watcher.emit('change', join(root, 'other.scenario.yaml'));
    expect(send).not.toHaveBeenCalled();
  });
});
