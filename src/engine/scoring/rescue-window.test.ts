import { describe, expect, it } from 'vitest';
import { analyseScenario } from './analyse-scenario';
import { choice, ending, makeScenario, node } from '../runtime/testing/fake-scenario';

const endings = [ending('agreed', 'alliance'), ending('partly', 'partial'), ending('walked-out', 'escalated')];

describe('rescue window', () => {
  it('flags a single poor response that ends the conversation badly', () => {
    const scenario = makeScenario(
      [
        node('open', [choice('a', ['CR', 'VAL'], 'plan'), choice('b', ['DIS'], 'walked-out')]),
        node('plan', [choice('a', ['GOAL', 'SEEK'], 'agreed')]),
      ],
      endings,
    );
    expect(analyseScenario({ scenario }).rescueFailures).toEqual([{ route: ['b'], poorMoves: 1, endingId: 'walked-out' }]);
  });

  it('flags two poor responses in a row that end badly, and names the route', () => {
    const scenario = makeScenario(
      [
        node('open', [choice('a', ['CR'], 'mid'), choice('b', ['REAS'], 'repair')]),
        node('repair', [choice('a', ['VAL', 'INJ'], 'mid'), choice('b', ['ARG'], 'walked-out')]),
        node('mid', [choice('a', ['GOAL'], 'agreed')]),
      ],
      endings,
    );
    const failures = analyseScenario({ scenario }).rescueFailures!;
    expect(failures).toEqual([{ route: ['b', 'b'], poorMoves: 2, endingId: 'walked-out' }]);
  });

  it('forgives nothing beyond two: a third poor response may end it', () => {
    const scenario = makeScenario(
      [
        node('n1', [choice('a', ['CR'], 'n2'), choice('b', ['DIS'], 'n2')]),
        node('n2', [choice('a', ['SR'], 'n3'), choice('b', ['DIS'], 'n3')]),
        node('n3', [
          choice('a', ['GOAL'], 'agreed'),
          choice('b', ['DIS'], [{ when: { anger: { atLeast: 95 } }, next: 'walked-out' }, { next: 'partly' }]),
        ]),
      ],
      endings,
      { initialState: { anger: 70, trust: 25, injustice: 50, goalAgreement: 10, taskAgreement: 5 } },
    );
    expect(analyseScenario({ scenario }).rescueFailures).toEqual([]);
  });

  it('a repair node keeps the window open, and a safety stop is exempt', () => {
    const repaired = makeScenario(
      [
        node('open', [choice('a', ['CR', 'VAL'], 'plan'), choice('b', ['DIS'], 'repair')]),
        node('repair', [choice('a', ['VAL', 'INJ'], 'plan'), choice('b', ['ARG'], 'plan')]),
        node('plan', [choice('a', ['GOAL', 'SEEK'], 'agreed')]),
      ],
      endings,
    );
    expect(analyseScenario({ scenario: repaired }).rescueFailures).toEqual([]);
    const safety = makeScenario(
      [
        node('open', [choice('a', ['CR', 'VAL'], 'plan'), choice('b', ['DIS'], 'security')]),
        node('plan', [choice('a', ['GOAL'], 'agreed')]),
      ],
      [...endings, { ...ending('security', 'escalated'), safetyLimit: true }],
    );
    expect(analyseScenario({ scenario: safety }).rescueFailures).toEqual([]);
  });

  it('lets a poor response at a closing decision end the conversation badly: nothing is left to repair', () => {
    const scenario = makeScenario(
      [
        node('open', [choice('a', ['CR', 'VAL'], 'close'), choice('b', ['DIS'], 'close')]),
        node('close', [choice('a', ['GOAL'], 'agreed'), choice('b', ['ARG'], 'walked-out')]),
      ],
      endings,
    );
    expect(analyseScenario({ scenario }).rescueFailures).toEqual([]);
  });

  it('counts letting a time limit run out as a poor response', () => {
    const scenario = makeScenario(
      [
        node('open', [choice('a', ['CR'], 'plan')], { timeLimit: { seconds: 10, next: 'walked-out' } }),
        node('plan', [choice('a', ['GOAL'], 'agreed')]),
      ],
      endings,
    );
    expect(analyseScenario({ scenario }).rescueFailures).toEqual([{ route: ['timeout'], poorMoves: 1, endingId: 'walked-out' }]);
  });
});
