// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioTemplate } from '../../src/engine/authoring';
import { scenariosPlugin } from '../../src/build/scenarios-plugin';

const TRAINEE_DOOR = resolve(process.cwd(), 'src/engine/trainee.ts');
let root = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'trainee-bundle-'));
  mkdirSync(join(root, 'scenarios'));
  writeFileSync(join(root, 'scenarios', 'sample.scenario.yaml'), scenarioTemplate('sample'));
  // What the player does: import the engine's trainee door, list and load
  // scenarios. The door's namespace escapes, so every export stays in the
  // bundle: anything the door offers is checked, used by a screen today or not.
  writeFileSync(
    join(root, 'entry.js'),
    `import * as trainee from ${JSON.stringify(TRAINEE_DOOR)};
     import { catalog, loadScenario } from 'virtual:scenario-catalog';
     globalThis.trainee = trainee;
     export const run = async () => trainee.createSession(await loadScenario(catalog[0].id));`,
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the trainee bundle', () => {
  it('contains the built scenario but not the YAML parser, the schema or the checker', async () => {
    const output = (await build({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [scenariosPlugin()],
      build: { write: false, minify: false, rolldownOptions: { input: join(root, 'entry.js') } },
    })) as Rolldown.RolldownOutput;
    const chunks = output.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
    const code = chunks.map((chunk) => chunk.code).join('\n');
    expect(code).toContain('Replace with a short title');
    for (const marker of ['ZodError', 'YAMLException', 'LineCounter', 'unrecognized_keys', 'SCN034', 'did you mean']) {
      expect(code, marker).not.toContain(marker);
    }
  });
});
