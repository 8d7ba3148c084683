import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../analyse-scenario';
import { choice, ending, makeScenario, node } from '../../runtime/testing/fake-scenario';
import { longestWins, questionTrap } from '../../runtime/testing/validity-scenarios';
import type { Scenario } from '../../format/scenario.types';
import { STRATEGIES, type OptionOrder, type StrategyId } from './content-blind-strategies';
import { playStrategy, strategyMoves } from './play-strategy';

const strategy = (id: StrategyId) => STRATEGIES.find((s) => s.id === id)!;
const analysed = (scenario: Scenario) => {
  const compiled = { scenario };
  return { compiled, analysis: analyseScenario(compiled) };
};

describe('playStrategy', () => {
  it('plays the best route when the best response is always the longest, and scores it as the analysis does', () => {
    const { compiled, analysis } = analysed(longestWins());
    const played = playStrategy(compiled, analysis, strategy('alwaysLongest'));
    expect(played.moves).toEqual(analysis.bestRoute);
    expect(played).toMatchObject({ endingId: 'agreed', outcome: 'alliance', score: analysis.bestScore });
  });

  it('ends as the structure says when the first option is a damaging one', () => {
    const { compiled, analysis } = analysed(longestWins());
    const first = playStrategy(compiled, analysis, strategy('alwaysFirst'));
    expect(first).toMatchObject({ moves: ['a'], endingId: 'out', outcome: 'escalated' });
    expect(first.score).toBeLessThan(playStrategy(compiled, analysis, strategy('alwaysLongest')).score);
  });

  it('longestQuestion falls for the only question; alwaysLongest does not', () => {
    const { compiled, analysis } = analysed(questionTrap());
    expect(playStrategy(compiled, analysis, strategy('longestQuestion')).outcome).toBe('escalated');
    expect(playStrategy(compiled, analysis, strategy('alwaysLongest')).outcome).toBe('alliance');
  });

  it('picks from the order it is given, so it can play under a shuffle', () => {
    const { compiled } = analysed(longestWins());
    const reversed: OptionOrder = (n) => [...n.choices].reverse();
    expect(strategyMoves(compiled, strategy('alwaysFirst'), { order: reversed })).toEqual(['b', 'b']);
  });

  it('never lets a time limit run out', () => {
    const s = longestWins();
    s.nodes[0]!.timeLimit = { seconds: 10, effects: { anger: 5 }, next: 'agreed' };
    for (const st of STRATEGIES) expect(strategyMoves({ scenario: s }, st)).not.toContain('timeout');
  });

  it('stops at the turn bound on a loop, and at a dead end with no ending', () => {
    const loop = makeScenario(
      [node('n1', [choice('a', ['CR'], 'n2'), choice('b', ['GOAL'], 'end')]), node('n2', [choice('a', ['SR'], 'n1')])],
      [ending('end', 'alliance')],
    );
    expect(strategyMoves({ scenario: loop }, strategy('alwaysFirst'), { maxTurns: 7 })).toHaveLength(7);
    const stuck = makeScenario(
      [node('n1', [choice('a', ['CR'], [{ when: { anger: { atMost: 0 } }, next: 'end' }])])],
      [ending('end', 'alliance')],
    );
    const { compiled, analysis } = analysed(stuck);
    expect(playStrategy(compiled, analysis, strategy('alwaysFirst'))).toMatchObject({ moves: ['a'], endingId: null, outcome: null });
  });
});
