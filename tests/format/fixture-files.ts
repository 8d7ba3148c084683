import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(process.cwd(), 'tests/fixtures');

export interface Expectation {
  code: string;
  line: number;
  col: number;
  /** Other codes the mistake causes as a consequence. */
  also: string[];
}

/** Reads the `# expect SCNnnn at line:col (also SCNmmm, …)` header of a fixture. */
export function expectationOf(source: string): Expectation | null {
  const match = /^# expect (SCN\d{3}) at (\d+):(\d+)(?: \(also ([^)]*)\))?$/m.exec(source);
  if (!match) return null;
  const [, code = '', line = '0', col = '0', also = ''] = match;
  return { code, line: Number(line), col: Number(col), also: also ? also.split(/,\s*/) : [] };
}

/** Every `*.scenario.yaml` under a fixtures folder, as [name, source]. */
export function fixtureFiles(folder: string): [string, string][] {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.scenario.yaml'))
    .sort()
    .map((name) => [name, readFileSync(join(dir, name), 'utf8')]);
}

/** The valid feature folders (everything but invalid/, duplicate-ids/ and the lint fixtures in validity/). */
export function featureFolders(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['invalid', 'duplicate-ids', 'validity'].includes(entry.name))
    .map((entry) => entry.name)
    .sort();
}
