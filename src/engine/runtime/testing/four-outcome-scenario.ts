import type { Scenario } from '../../format/scenario.types';
import { choice, ending, makeScenario, node } from './fake-scenario';

/**
 * A scenario for scoring tests: three decisions with a time limit, conditional
 * routes and all four outcomes.
 */
export function fourOutcomeScenario(): Scenario {
  return makeScenario(
    [
      node(
        'open',
        [
          choice('a', ['CR', 'VAL'], 'explore'),
          choice('b', ['DIS', 'REAS'], [{ when: { anger: { atLeast: 80 } }, next: 'walkout' }, { next: 'explore' }]),
          choice('c', ['QQ'], 'explore'),
        ],
        { timeLimit: { seconds: 20, effects: { anger: 8 }, next: 'explore' } },
      ),
      node('explore', [
        choice('a', ['INJ'], 'plan'),
        choice('b', ['GOAL'], 'plan'),
        choice('c', ['ARG'], [{ when: { anger: { atLeast: 85 } }, next: 'walkout' }, { next: 'plan' }]),
      ]),
      node('plan', [
        choice('a', ['GOAL', 'SEEK'], [{ when: { anger: { atMost: 50 } }, next: 'together' }, { next: 'partly' }]),
        choice('b', ['PERS'], 'gone'),
        choice('c', ['SUM', 'AUT'], [{ when: { trust: { atLeast: 38 } }, next: 'together' }, { next: 'partly' }]),
      ]),
    ],
    [ending('together', 'alliance'), ending('partly', 'partial'), ending('gone', 'disengaged'), ending('walkout', 'escalated')],
  );
}
