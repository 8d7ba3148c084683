// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkScenarioSource } from '../engine/authoring';
import { runNewScenario } from './new-scenario';

let cwd = '';
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'new-scenario-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runNewScenario(argv, { cwd, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('new-scenario CLI', () => {
  it('writes a commented template that passes the checker with no errors or warnings', () => {
    expect(run('knee-oa-carer', '--dir', 'drafts').code).toBe(0);
    const file = join(cwd, 'drafts', 'knee-oa-carer.scenario.yaml');
    const source = readFileSync(file, 'utf8');
    expect(source.split('\n')[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json');
    const result = checkScenarioSource(source, 'scenarios/knee-oa-carer.scenario.yaml');
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(result.stats).toMatchObject({ nodes: 3, endings: 3 });
  });

  it('writes into scenarios/ by default', () => {
    expect(run('shoulder-pain')).toMatchObject({ code: 0, out: expect.stringContaining('scenarios/shoulder-pain.scenario.yaml') });
    expect(existsSync(join(cwd, 'scenarios', 'shoulder-pain.scenario.yaml'))).toBe(true);
  });

  it('never overwrites an existing file', () => {
    run('knee');
    const file = join(cwd, 'scenarios', 'knee.scenario.yaml');
    writeFileSync(file, 'my work');
    expect(run('knee')).toMatchObject({ code: 1, err: expect.stringContaining('already exists') });
    expect(readFileSync(file, 'utf8')).toBe('my work');
  });

  it.each([['Knee OA'], ['knee_oa'], ['-knee'], ['knee--oa'], ['a'.repeat(65)]])('rejects the id %j', (id) => {
    expect(run(id).code).toBe(2);
    expect(existsSync(join(cwd, 'scenarios'))).toBe(false);
  });

  it('needs exactly one id', () => {
    expect(run().code).toBe(2);
    expect(run('a', 'b').code).toBe(2);
  });
});
