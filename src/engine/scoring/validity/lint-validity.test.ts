import { describe, expect, it } from 'vitest';
import type { MitiIndicator } from '../scoring.types';
import { analyseScenario } from '../analyse-scenario';
import { choice, ending, makeScenario, node } from '../../runtime/testing/fake-scenario';
import { longestWins, noCues } from '../../runtime/testing/validity-scenarios';
import { analyseValidity, type ValidityStats } from './analyse-validity';
import { lintValidity, validityFindings } from './lint-validity';
import type { StrategyResult } from './strategy-scores';

/** A scenario with no decisions, so findings depend only on the figures handed in. */
const plain = { scenario: makeScenario([node('n1', [choice('a', ['CR'], 'e')])], [ending('e', 'alliance')]) };
const plainAnalysis = analyseScenario(plain);

const miti = (band: MitiIndicator['band'] = 'good'): MitiIndicator[] => [
  { id: 'reflectionToQuestion', value: 2, fair: 1, good: 2, band },
  { id: 'percentComplexReflections', value: 60, fair: 40, good: 50, band: 'good' },
  { id: 'adherent', value: 2, fair: 1, good: 2, band: 'good' },
  { id: 'nonAdherent', value: 0, fair: 1, good: 0, band: 'good' },
];
const strategy = (patch: Partial<StrategyResult>): StrategyResult => ({
  id: 'alwaysFirst',
  score: 10,
  plays: 1,
  outcomes: { escalated: 1 },
  bestOutcome: 'escalated',
  ...patch,
});
const stats = (patch: Partial<ValidityStats> = {}, options: Partial<ValidityStats['options']> = {}): ValidityStats => ({
  expert: { score: 100, endingId: 'e', outcome: 'alliance', miti: miti() },
  bestOfferedOutcome: 'alliance',
  strategies: [strategy({})],
  options: {
    decisions: 4,
    bestIsLongest: 1,
    bestIsLongestPercent: 25,
    chanceLongestPercent: 33.3,
    wordRatio: 1,
    allDecisions: 4,
    oneSafeOption: 0,
    oneSafeOptionPercent: 0,
    locallyBestNotBest: 1,
    ...options,
  },
  ...patch,
});
const codesOf = (v: ValidityStats) => validityFindings(plain, plainAnalysis, v).map((f) => f.code);

describe('validityFindings', () => {
  it('is quiet when no rule scores well, length is no cue and the expert route is fair practice', () => {
    expect(codesOf(stats())).toEqual([]);
  });

  it('SCN130 from a score of 40, naming the strategy and its score', () => {
    expect(codesOf(stats({ strategies: [strategy({ score: 39.9 })] }))).toEqual([]);
    const [found] = validityFindings(plain, plainAnalysis, stats({ strategies: [strategy({ id: 'alwaysLongest', score: 40 })] }));
    expect(found).toMatchObject({ code: 'SCN130', path: ['start'] });
    expect(found?.message).toMatch(/"alwaysLongest".* 40 of 100/);
  });

  it('SCN130 when a fixed rule reaches the best ending class, whatever its score', () => {
    expect(codesOf(stats({ strategies: [strategy({ score: 20, outcomes: { alliance: 1 }, bestOutcome: 'alliance' })] }))).toEqual([
      'SCN130',
    ]);
    expect(
      codesOf(stats({ bestOfferedOutcome: 'alliance', strategies: [strategy({ outcomes: { partial: 1 }, bestOutcome: 'partial' })] })),
    ).toEqual([]);
  });

  it('SCN130 for random play only when most seeds reach the best ending', () => {
    const random = (alliance: number) =>
      strategy({ id: 'random', score: 20, plays: 64, outcomes: { alliance, escalated: 64 - alliance }, bestOutcome: 'alliance' });
    expect(codesOf(stats({ strategies: [random(32)] }, { decisions: 6 }))).toEqual([]);
    expect(codesOf(stats({ strategies: [random(33)] }, { decisions: 6 }))).toEqual(['SCN130']);
  });

  it('SCN130 for random play only on a best route of six decisions or more (chance alone finds a short one)', () => {
    const random = strategy({ id: 'random', score: 55, plays: 64, outcomes: { alliance: 40, escalated: 24 }, bestOutcome: 'alliance' });
    expect(codesOf(stats({ strategies: [random] }, { decisions: 5 }))).toEqual([]);
    expect(codesOf(stats({ strategies: [random] }, { decisions: 6 }))).toEqual(['SCN130']);
    // A fixed rule is linted however short the scenario.
    expect(codesOf(stats({ strategies: [strategy({ id: 'alwaysLongest', score: 55 })] }, { decisions: 3 }))).toEqual(['SCN130']);
  });

  it('SCN131 above 35% of best-route decisions', () => {
    expect(codesOf(stats({}, { bestIsLongestPercent: 35 }))).toEqual([]);
    const [found] = validityFindings(plain, plainAnalysis, stats({}, { bestIsLongest: 3, bestIsLongestPercent: 75 }));
    expect(found).toMatchObject({ code: 'SCN131', path: ['nodes'] });
    expect(found?.message).toMatch(/3 of 4 .*75%.*33\.3%/);
  });

  it('SCN132 names each expert-route MITI indicator below fair, and ignores one that does not apply', () => {
    const below = miti();
    below[0] = { ...below[0]!, value: 0.5, band: 'below-fair' };
    below[3] = { ...below[3]!, value: 2, band: 'below-fair' };
    below[1] = { ...below[1]!, value: null, band: 'not-applicable' };
    const found = validityFindings(
      plain,
      plainAnalysis,
      stats({ expert: { score: 100, endingId: 'e', outcome: 'alliance', miti: below } }),
    );
    expect(found.map((f) => f.code)).toEqual(['SCN132']);
    expect(found[0]?.message).toMatch(/R:Q\) 0\.5.*non-adherent responses 2/);
    expect(found[0]?.message).not.toMatch(/%CR/);
  });
});

describe('lintValidity', () => {
  it('warns on a scenario whose best response is always the longest, at the first such choice', () => {
    const compiled = { scenario: longestWins() };
    const analysis = analyseScenario(compiled);
    const diagnostics = lintValidity(compiled, analysis, analyseValidity(compiled, analysis), 'x.scenario.yaml');
    expect(diagnostics.every((d) => d.severity === 'warning' && d.file === 'x.scenario.yaml' && d.line === 0)).toBe(true);
    const blind = diagnostics.filter((d) => d.code === 'SCN130').map((d) => /"(\w+)"/.exec(d.message)?.[1]);
    expect(blind).toEqual(expect.arrayContaining(['alwaysLongest', 'longestQuestion']));
    expect(blind).not.toContain('alwaysFirst');
    expect(diagnostics.find((d) => d.code === 'SCN131')?.path).toEqual(['nodes', 0, 'choices', 1]);
  });

  it('is quiet when no cue gives the best response away', () => {
    const compiled = { scenario: noCues() };
    const analysis = analyseScenario(compiled);
    expect(lintValidity(compiled, analysis, analyseValidity(compiled, analysis))).toEqual([]);
  });
});
