import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../analyse-scenario';
import { choice, ending, makeScenario, node } from '../../runtime/testing/fake-scenario';
import { longestWins } from '../../runtime/testing/validity-scenarios';
import { STRATEGY_IDS } from './content-blind-strategies';
import { bestClass, strategyScores } from './strategy-scores';
import { RANDOM_SEEDS } from './validity-thresholds';

describe('strategyScores', () => {
  const compiled = { scenario: longestWins() };
  const analysis = analyseScenario(compiled);
  const results = strategyScores(compiled, analysis);
  const byId = new Map(results.map((r) => [r.id, r]));

  it('gives every strategy a mean score in 0–100, with a play count its outcomes add up to', () => {
    expect(results.map((r) => r.id)).toEqual([...STRATEGY_IDS]);
    for (const r of results) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(100);
      expect(Object.values(r.outcomes).reduce((a, b) => a + b, 0)).toBe(r.plays);
    }
    expect(byId.get('alwaysFirst')?.plays).toBe(1);
    expect(byId.get('random')?.plays).toBe(RANDOM_SEEDS.length);
  });

  it('reports the ending each fixed rule reaches, and the best class random play reached', () => {
    expect(byId.get('alwaysLongest')).toMatchObject({ outcomes: { alliance: 1 }, bestOutcome: 'alliance', score: analysis.bestScore });
    expect(byId.get('alwaysFirst')).toMatchObject({ outcomes: { escalated: 1 }, bestOutcome: 'escalated' });
    // Half the seeds pick b at n1, a quarter then b at n2: some reach the alliance ending.
    expect(byId.get('random')?.bestOutcome).toBe('alliance');
    expect(byId.get('random')?.outcomes.escalated).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    expect(strategyScores(compiled, analysis)).toEqual(results);
  });

  it('counts a play that stops short as unfinished', () => {
    const stuck = {
      scenario: makeScenario(
        [node('n1', [choice('a', ['CR'], [{ when: { anger: { atMost: 0 } }, next: 'end' }])])],
        [ending('end', 'alliance')],
      ),
    };
    const first = strategyScores(stuck, analyseScenario(stuck)).find((r) => r.id === 'alwaysFirst');
    expect(first).toMatchObject({ outcomes: { unfinished: 1 }, bestOutcome: null });
  });

  it('ranks outcome classes best first', () => {
    expect(bestClass(['escalated', null, 'partial', 'disengaged'])).toBe('partial');
    expect(bestClass([null])).toBeNull();
  });
});
