import { describe, expect, it } from 'vitest';
import type { CheckResult, Diagnostic } from '../engine/authoring';
import { exitCodeFor, formatDiagnostic, formatHumanReport, summaryLine, toJsonReport } from './report';

const diagnostic = (code: string, severity: Diagnostic['severity'], file = 'scenarios/a.scenario.yaml'): Diagnostic => ({
  code,
  severity,
  message: `${code} happened.`,
  file,
  line: 12,
  col: 7,
  path: ['nodes', 0, 'id'],
});

const result = (file: string, diagnostics: Diagnostic[]): CheckResult => ({
  file,
  id: 'a',
  title: 'A',
  ok: !diagnostics.some((d) => d.severity === 'error'),
  diagnostics,
  stats: { nodes: 3, decisionPoints: 2, endings: 3, choices: 6, timedNodes: 0 },
  compiled: null,
});

describe('check report formatting', () => {
  it('writes one path:line:col severity code message line per diagnostic', () => {
    expect(formatDiagnostic(diagnostic('SCN034', 'error'))).toBe('scenarios/a.scenario.yaml:12:7 error SCN034 SCN034 happened.');
  });

  it('ends the human report with a one-line summary', () => {
    const results = [result('a', [diagnostic('SCN034', 'error'), diagnostic('SCN043', 'warning')]), result('b', [])];
    expect(formatHumanReport(results).split('\n')).toEqual([
      'scenarios/a.scenario.yaml:12:7 error SCN034 SCN034 happened.',
      'scenarios/a.scenario.yaml:12:7 warning SCN043 SCN043 happened.',
      'Checked 2 scenarios: 1 error, 1 warning, 0 notes (FAILED).',
    ]);
    expect(summaryLine({ files: 1, errors: 0, warnings: 0, infos: 2 })).toBe('Checked 1 scenario: 0 errors, 0 warnings, 2 notes (ok).');
  });

  it('lists rubric diagnostics first', () => {
    const rubric = [diagnostic('SCN101', 'error', 'seeds/rubric.json')];
    expect(formatHumanReport([result('a', [])], rubric).split('\n')[0]).toBe('seeds/rubric.json:12:7 error SCN101 SCN101 happened.');
  });

  it('gives JSON without the built scenario, one object per file', () => {
    const json = toJsonReport(
      [result('scenarios/a.scenario.yaml', [diagnostic('SCN043', 'warning')])],
      [diagnostic('SCN104', 'error', 'seeds/rubric.json')],
    );
    expect(json).toEqual([
      {
        file: 'seeds/rubric.json',
        id: null,
        title: null,
        ok: false,
        stats: null,
        diagnostics: [{ code: 'SCN104', severity: 'error', message: 'SCN104 happened.', line: 12, col: 7, path: ['nodes', 0, 'id'] }],
      },
      {
        file: 'scenarios/a.scenario.yaml',
        id: 'a',
        title: 'A',
        ok: true,
        stats: { nodes: 3, decisionPoints: 2, endings: 3, choices: 6, timedNodes: 0 },
        diagnostics: [{ code: 'SCN043', severity: 'warning', message: 'SCN043 happened.', line: 12, col: 7, path: ['nodes', 0, 'id'] }],
      },
    ]);
    expect(JSON.stringify(json)).not.toContain('compiled');
  });

  it('exits 1 only on errors', () => {
    expect(exitCodeFor([result('a', [diagnostic('SCN043', 'warning')])])).toBe(0);
    expect(exitCodeFor([result('a', [])], [diagnostic('SCN101', 'error')])).toBe(1);
  });
});
