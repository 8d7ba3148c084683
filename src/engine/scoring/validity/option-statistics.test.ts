import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../analyse-scenario';
import { codeById } from '../../model/rubric';
import { choice, ending, makeScenario, node } from '../../runtime/testing/fake-scenario';
import { longestWins, tradeOff } from '../../runtime/testing/validity-scenarios';
import type { Scenario } from '../../format/scenario.types';
import { immediatePoints, isStrictlyLongest, optionStatistics } from './option-statistics';

const statsOf = (scenario: Scenario) => {
  const compiled = { scenario };
  return optionStatistics(compiled, analyseScenario(compiled));
};

describe('optionStatistics', () => {
  it('counts best-route decisions where the best option is the longest, against the chance level', () => {
    // n1: best "That sounds like a hard few months." (7 words) vs "No." (1); n2: best (9 words) vs "Fine?" (1).
    expect(statsOf(longestWins())).toMatchObject({
      decisions: 2,
      bestIsLongest: 2,
      bestIsLongestPercent: 100,
      chanceLongestPercent: 50,
      wordRatio: 8,
      allDecisions: 2,
      oneSafeOption: 2, // the other option is damaging at both: DIS, then QQ
      locallyBestNotBest: 0,
    });
  });

  it('does not count a tie for longest, and skips single-option nodes and the time limit', () => {
    const s = makeScenario(
      [
        node('n1', [
          choice('a', ['CR'], 'n2', { text: 'Same.' }),
          choice('b', ['DIS'], 'out', { text: 'Also.' }),
          choice('c', ['ARG'], 'out', { text: 'Tiny' }),
        ]),
        node('n2', [choice('a', ['GOAL', 'SEEK'], 'agreed', { text: 'Only one.' })]),
      ],
      [ending('agreed', 'alliance'), ending('out', 'escalated')],
    );
    expect(statsOf(s)).toMatchObject({
      decisions: 1,
      bestIsLongest: 0,
      bestIsLongestPercent: 0,
      chanceLongestPercent: 33.3,
      wordRatio: 1,
      allDecisions: 1,
      oneSafeOption: 1,
    });
  });

  it('counts a decision where the option worth most points now is not the best move (a trade-off)', () => {
    expect(statsOf(tradeOff()).locallyBestNotBest).toBe(1);
  });

  it('gives nulls, not zeros, when there is nothing to count', () => {
    const s = makeScenario([node('n1', [choice('a', ['CR'], 'agreed')])], [ending('agreed', 'alliance')]);
    expect(statsOf(s)).toMatchObject({
      decisions: 0,
      bestIsLongestPercent: null,
      chanceLongestPercent: null,
      wordRatio: null,
      oneSafeOptionPercent: null,
    });
  });

  it('values a response at the sum of its distinct codes’ rubric weights', () => {
    expect(immediatePoints({ codes: ['CR', 'DIS', 'CR'] })).toBe(codeById('CR')!.weight + codeById('DIS')!.weight);
    expect(immediatePoints({ codes: ['NOPE'] })).toBe(0);
  });

  it('calls an option longest only when it is longer than every other', () => {
    const [a, b, c] = [
      choice('a', ['CR'], 'x', { text: 'Longest one' }),
      choice('b', ['CR'], 'x', { text: 'Short' }),
      choice('c', ['CR'], 'x', { text: 'Longest two' }),
    ];
    expect(isStrictlyLongest(a, [a, b])).toBe(true);
    expect(isStrictlyLongest(a, [a, b, c])).toBe(false);
  });
});
