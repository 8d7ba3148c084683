// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { runCheckScenarios } from './check-scenarios';

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCheckScenarios(['--no-analysis', ...argv], { cwd: process.cwd(), out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('check-scenarios CLI', () => {
  it('prints path:line:col severity code message, then a summary, and exits 1 on errors', () => {
    const { code, out } = run('tests/fixtures/invalid/scn034-unknown-target.scenario.yaml');
    const lines = out.split('\n');
    expect(lines[0]).toBe(
      'tests/fixtures/invalid/scn034-unknown-target.scenario.yaml:32:15 error SCN034 node "opening-1", choice "a": "opening-3" is not a node or ending (did you mean "opening-2"?).',
    );
    expect(lines.at(-1)).toBe('Checked 1 scenario: 1 error, 2 warnings, 0 notes (FAILED).');
    expect(code).toBe(1);
  });

  it('exits 0 when there are only warnings, and checks every scenario in a folder', () => {
    const { code, out } = run('tests/fixtures/routes', 'tests/fixtures/invalid/scn043-unreachable-node.scenario.yaml');
    expect(out.split('\n').at(-1)).toBe('Checked 2 scenarios: 0 errors, 1 warning, 0 notes (ok).');
    expect(code).toBe(0);
  });

  it('gives one JSON object per file with --json', () => {
    const { code, out } = run('--json', 'tests/fixtures/invalid/scn014-number-out-of-range.scenario.yaml', 'tests/fixtures/phases');
    const report = JSON.parse(out) as {
      file: string;
      ok: boolean;
      id: string | null;
      diagnostics: { code: string; line: number; col: number; path: unknown[] }[];
      stats: unknown;
    }[];
    const files = report.filter((entry) => entry.file.startsWith('tests/'));
    expect(files.map((f) => [f.file, f.ok])).toEqual([
      ['tests/fixtures/invalid/scn014-number-out-of-range.scenario.yaml', false],
      ['tests/fixtures/phases/three-phases.scenario.yaml', true],
    ]);
    expect(files[0]?.diagnostics).toEqual([
      {
        code: 'SCN014',
        severity: 'error',
        message: 'persona.age must be at most 120 (found 400).',
        line: 12,
        col: 8,
        path: ['persona', 'age'],
      },
    ]);
    expect(files[1]?.stats).toMatchObject({ nodes: 2, endings: 2 });
    expect(code).toBe(1);
  });

  it('with the analysis on, gives the routes and the score-validity figures in stats', () => {
    const out: string[] = [];
    runCheckScenarios(['--json', 'tests/fixtures/validity/scn130-blind-strategy-scores.scenario.yaml'], {
      cwd: process.cwd(),
      out: (t) => out.push(t),
      err: () => {},
    });
    const file = (JSON.parse(out.join('\n')) as { file: string; diagnostics: { code: string }[]; stats: Record<string, unknown> }[]).find(
      (e) => e.file.startsWith('tests/'),
    );
    expect(file?.diagnostics.map((d) => d.code)).toEqual(['SCN130', 'SCN116']);
    expect(file?.stats).toMatchObject({
      bestRoute: [
        { node: 'opening-1', choice: 'a' },
        { node: 'exploring-1', choice: 'a' },
      ],
      worstRoute: expect.any(Array),
      validity: {
        expert: { outcome: 'alliance' },
        strategies: expect.arrayContaining([expect.objectContaining({ id: 'alwaysFirst', outcomes: { alliance: 1 } })]),
      },
    });
  });

  it('also checks the rubric against the evidence base', () => {
    const { out } = run('--json', 'tests/fixtures/routes');
    const rubric = (JSON.parse(out) as { file: string }[]).filter((entry) => entry.file.startsWith('seeds/'));
    for (const entry of rubric) expect(entry).toMatchObject({ file: 'seeds/rubric.json' });
  });

  it('refuses unknown options and missing paths', () => {
    expect(run('--jsn')).toMatchObject({ code: 2, err: expect.stringContaining('Unknown option --jsn') });
    expect(run('nope/missing.scenario.yaml')).toMatchObject({ code: 2, err: 'nope/missing.scenario.yaml: no such file or directory' });
  });
});
