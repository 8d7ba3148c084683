// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { runValidityReport } from './validity-report';

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runValidityReport(argv, { cwd: process.cwd(), out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('validity report CLI', () => {
  it('prints a Markdown row per scenario with the lints it fires, then the library means', () => {
    const { code, out } = run('tests/fixtures/validity');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^\| Scenario \| Expert \| alwaysFirst \| alwaysLongest \| longestQuestion \| random \(mean\) \|/);
    const rowOf = (id: string) => lines.find((l) => l.startsWith(`| ${id} |`)) ?? '';
    expect(rowOf('scn130-blind-strategy-scores')).toMatch(/\| 100 alliance \| 100 alliance \|.*\| SCN130 \|$/);
    expect(rowOf('scn131-best-is-longest')).toMatch(/\| 2\/3 = 66\.7% \(33\.3%\) \|.*\| SCN131 \|$/);
    expect(rowOf('scn132-expert-miti-below-fair')).toMatch(/R:Q 0 below-fair.*\| SCN132 \|$/);
    expect(out).toContain('Library means over 3 scenarios:');
    expect(out).toMatch(/\| alwaysFirst \| [\d.]+ \| 1 \|/);
  });

  it('gives the same figures as JSON with --json', () => {
    const { out } = run('--json', 'tests/fixtures/validity/scn131-best-is-longest.scenario.yaml');
    const report = JSON.parse(out) as {
      scenarios: { id: string; lints: string[]; validity: { options: { bestIsLongest: number } } }[];
      library: { scenarios: number; strategies: { id: string }[] };
    };
    expect(report.scenarios).toHaveLength(1);
    expect(report.scenarios[0]).toMatchObject({
      id: 'scn131-best-is-longest',
      lints: ['SCN131'],
      validity: { options: { bestIsLongest: 2 } },
    });
    expect(report.library.scenarios).toBe(1);
    expect(report.library.strategies.map((s) => s.id)).toEqual(['alwaysFirst', 'alwaysLongest', 'longestQuestion', 'random']);
  });

  it('marks a file with errors as not analysed and exits 1', () => {
    const { code, out } = run('tests/fixtures/invalid/scn034-unknown-target.scenario.yaml');
    expect(code).toBe(1);
    expect(out).toContain('not analysed (the file has errors)');
  });

  it('refuses unknown options and missing paths', () => {
    expect(run('--jsn')).toMatchObject({ code: 2, err: expect.stringContaining('Unknown option --jsn') });
    expect(run('nope/missing.scenario.yaml')).toMatchObject({ code: 2, err: 'nope/missing.scenario.yaml: no such file or directory' });
  });
});
