// @vitest-environment node
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, '.eslint.config.js') });

/** A throwaway folder inside src (the rules apply there), removed after the tests. */
const probe = join(ROOT, 'src', `lint-probe-${process.pid}-${Date.now()}`);
afterAll(() => rmSync(probe, { recursive: true, force: true }));

/*
 * The layers and the ban on import cycles are lint rules; these tests prove
 * the rules still fire, so a change to .eslint.config.js cannot switch them
 * off unnoticed.
 */
describe('lint guards the architecture', () => {
  it('fails on an import cycle', { timeout: 60_000 }, async () => {
    mkdirSync(probe, { recursive: true });
    const a = join(probe, 'a.ts');
    const b = join(probe, 'b.ts');
    writeFileSync(a, "import { b } from './b';\nexport const a = (): number => b() + 1;\n");
    writeFileSync(b, "import { a } from './a';\nexport const b = (): number => a() - 1;\n");
    const [result] = await eslint.lintFiles([a]);
    expect(result?.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle');
  });

  it('fails when storage imports from export', { timeout: 60_000 }, async () => {
    // On disk, not only as text: type-checked lint reads files through the TypeScript project.
    const file = join(ROOT, 'src/storage', `lint-probe-${process.pid}-${Date.now()}.ts`);
    writeFileSync(file, "export { toCsv } from '../export/backup/csv';\n");
    try {
      const [result] = await eslint.lintFiles([file]);
      expect(result?.messages.map((message) => message.ruleId)).toContain('no-restricted-imports');
    } finally {
      rmSync(file, { force: true });
    }
  });
});
