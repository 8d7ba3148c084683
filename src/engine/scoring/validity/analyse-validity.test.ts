import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../analyse-scenario';
import { choice, ending, makeScenario, node } from '../../runtime/testing/fake-scenario';
import { longestWins } from '../../runtime/testing/validity-scenarios';
import type { OptionOrder } from './content-blind-strategies';
import { analyseValidity } from './analyse-validity';

describe('analyseValidity', () => {
  const compiled = { scenario: longestWins() };
  const analysis = analyseScenario(compiled);
  const validity = analyseValidity(compiled, analysis);

  it('puts the expert route beside the strategies: its score, ending and MITI indicators', () => {
    expect(validity.expert).toMatchObject({ score: analysis.bestScore, endingId: 'agreed', outcome: analysis.bestOutcome });
    // Best route: CR, then GOAL + SEEK. One reflection per question; one adherent response.
    const miti = Object.fromEntries(validity.expert.miti.map((m) => [m.id, [m.value, m.band]]));
    expect(miti).toEqual({
      reflectionToQuestion: [1, 'fair'],
      percentComplexReflections: [100, 'good'],
      adherent: [1, 'fair'],
      nonAdherent: [0, 'good'],
    });
    expect(validity.bestOfferedOutcome).toBe('alliance');
    expect(validity.strategies).toHaveLength(4);
    expect(validity.options.decisions).toBe(2);
  });

  it('names the best ending class the scenario offers', () => {
    const s = makeScenario(
      [node('n1', [choice('a', ['CR'], 'ok'), choice('b', ['DIS'], 'out')])],
      [ending('ok', 'partial'), ending('out', 'escalated')],
    );
    const c = { scenario: s };
    expect(analyseValidity(c, analyseScenario(c)).bestOfferedOutcome).toBe('partial');
  });

  it('plays the strategies under the order it is given', () => {
    const reversed: OptionOrder = (n) => [...n.choices].reverse();
    const first = analyseValidity(compiled, analysis, reversed).strategies.find((s) => s.id === 'alwaysFirst');
    expect(first?.outcomes).toEqual({ alliance: 1 });
  });

  it('is JSON-safe', () => {
    expect(JSON.parse(JSON.stringify(validity))).toEqual(validity);
  });
});
