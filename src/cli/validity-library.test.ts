import { describe, expect, it } from 'vitest';
import type { StrategyResult, ValidityStats } from '../engine/authoring';
import { libraryMeans } from './validity-library';

const stats = (strategies: StrategyResult[]): ValidityStats => ({
  expert: { score: 100, endingId: 'e', outcome: 'alliance', miti: [] },
  bestOfferedOutcome: 'alliance',
  strategies,
  options: {
    decisions: 0,
    bestIsLongest: 0,
    bestIsLongestPercent: null,
    chanceLongestPercent: null,
    wordRatio: null,
    allDecisions: 0,
    oneSafeOption: 0,
    oneSafeOptionPercent: null,
    locallyBestNotBest: 0,
  },
});
const fixed = (id: StrategyResult['id'], score: number, outcome: 'alliance' | 'escalated'): StrategyResult => ({
  id,
  score,
  plays: 1,
  outcomes: { [outcome]: 1 },
  bestOutcome: outcome,
});
const random = (score: number, alliance: number): StrategyResult => ({
  id: 'random',
  score,
  plays: 10,
  outcomes: { alliance, escalated: 10 - alliance },
  bestOutcome: alliance > 0 ? 'alliance' : 'escalated',
});

describe('libraryMeans', () => {
  it('averages each strategy over the scenarios and counts those where it reaches alliance', () => {
    const means = libraryMeans([
      stats([fixed('alwaysLongest', 80, 'alliance'), random(30, 6)]),
      stats([fixed('alwaysLongest', 21, 'escalated'), random(10, 5)]),
    ]);
    expect(means.find((m) => m.id === 'alwaysLongest')).toEqual({ id: 'alwaysLongest', meanScore: 50.5, allianceScenarios: 1 });
    // Random play counts only where most plays reach alliance (6 of 10, not 5 of 10).
    expect(means.find((m) => m.id === 'random')).toEqual({ id: 'random', meanScore: 20, allianceScenarios: 1 });
    expect(means.find((m) => m.id === 'alwaysFirst')).toEqual({ id: 'alwaysFirst', meanScore: null, allianceScenarios: 0 });
  });
});
