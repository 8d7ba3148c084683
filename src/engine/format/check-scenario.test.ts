import { describe, expect, it, vi } from 'vitest';
import type * as CompileModule from '../runtime/compile-scenario';
import type * as AnalyseModule from '../scoring/analyse-scenario';
import { scenarioTemplate } from './scenario-template';
import { checkScenarioSource } from './check-scenario';

const analyse = vi.hoisted(() => ({ fail: false }));
const compile = vi.hoisted(() => ({ fail: false }));
vi.mock('../runtime/compile-scenario', async (importOriginal) => {
  const original = await importOriginal<typeof CompileModule>();
  return {
    ...original,
    compileScenario: (...args: Parameters<typeof original.compileScenario>) => {
      if (compile.fail) throw new Error('disk on fire');
      return original.compileScenario(...args);
    },
  };
});
vi.mock('../scoring/analyse-scenario', async (importOriginal) => {
  const original = await importOriginal<typeof AnalyseModule>();
  return {
    ...original,
    analyseScenario: (...args: Parameters<typeof original.analyseScenario>) => {
      if (analyse.fail) throw new Error('search exploded');
      return original.analyseScenario(...args);
    },
  };
});

const template = scenarioTemplate('sample');

describe('checkScenarioSource', () => {
  it('checks, compiles and analyses a valid file', () => {
    const result = checkScenarioSource(template, 'scenarios/sample.scenario.yaml');
    expect(result).toMatchObject({ file: 'scenarios/sample.scenario.yaml', id: 'sample', ok: true });
    expect(result.diagnostics.filter((d) => d.code < 'SCN100')).toEqual([]);
    expect(result.stats).toMatchObject({ nodes: 3, decisionPoints: 3, endings: 3, choices: 6, timedNodes: 1 });
    expect(result.stats?.bestScore).toBeGreaterThanOrEqual(result.stats?.worstScore ?? 101);
    expect(result.compiled?.analysis).toBeDefined();
  });

  it('reports the best and worst routes turn by turn, and the score-validity figures', () => {
    const { stats, compiled } = checkScenarioSource(template, 'scenarios/sample.scenario.yaml');
    const analysis = compiled!.analysis!;
    expect(stats?.bestRoute?.map((s) => s.choice)).toEqual(analysis.bestRoute);
    expect(stats?.worstRoute?.map((s) => s.choice)).toEqual(analysis.worstRoute);
    expect(stats?.bestRoute?.[0]).toEqual({ node: 'opening-1', choice: analysis.bestRoute[0] });
    expect(stats?.validity?.expert.score).toBe(analysis.bestScore);
    expect(stats?.validity?.strategies.map((s) => s.id)).toEqual(['alwaysFirst', 'alwaysLongest', 'longestQuestion', 'random']);
    expect(JSON.parse(JSON.stringify(stats))).toEqual(stats);
    expect(checkScenarioSource(template, 'f', { analyse: false }).stats?.validity).toBeUndefined();
  });

  it('can skip the analysis for quick checks', () => {
    const result = checkScenarioSource(template, 'f', { analyse: false });
    expect(result.stats?.bestScore).toBeUndefined();
    expect(result.compiled?.analysis).toBeUndefined();
  });

  it('places validator diagnostics and sorts them', () => {
    const source = template.replace('next: plan-1', 'next: plan-2');
    const result = checkScenarioSource(source, 'scenarios/sample.scenario.yaml');
    expect(result.ok).toBe(false);
    expect(result.compiled).toBeNull();
    expect(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual([
      '71:15 SCN034',
      '72:9 SCN043',
      '92:9 SCN045',
      '103:9 SCN045',
    ]);
  });

  it('gives no id or stats for unreadable files', () => {
    expect(checkScenarioSource('', 'f')).toMatchObject({ id: null, title: null, ok: false, stats: null, compiled: null });
  });

  it('turns an analysis failure into a warning (SCN061); the scenario still builds', () => {
    analyse.fail = true;
    try {
      const result = checkScenarioSource(template, 'f');
      expect(result.ok).toBe(true);
      expect(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(['1:1 SCN061']);
      expect(result.diagnostics[0]?.message).toContain('search exploded');
      expect(result.compiled).not.toBeNull();
    } finally {
      analyse.fail = false;
    }
  });

  it('turns a checker bug into an error (SCN060) instead of throwing', () => {
    compile.fail = true;
    try {
      const result = checkScenarioSource(template, 'f', { analyse: false });
      expect(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(['1:1 SCN060']);
      expect(result.diagnostics[0]?.message).toContain('disk on fire');
      expect(result).toMatchObject({ ok: false, compiled: null });
    } finally {
      compile.fail = false;
    }
  });
});
