/**
 * Hand-made scenarios for the score-validity tests. Their outcomes follow
 * from their structure (a damaging option ends the conversation at once, the
 * building ones lead on to the alliance ending), not from the model's numbers.
 */
import type { Scenario } from '../../format/scenario.types';
import { choice, ending, makeScenario, node } from './fake-scenario';

const ENDINGS = [ending('agreed', 'alliance'), ending('unsure', 'partial'), ending('gone', 'disengaged'), ending('out', 'escalated')];

/** The best response is always the second and the longest (and a question at n2). */
export function longestWins(): Scenario {
  return makeScenario(
    [
      node('n1', [
        choice('a', ['DIS'], 'out', { text: 'No.' }),
        choice('b', ['CR'], 'n2', { text: 'That sounds like a hard few months.' }),
      ]),
      node('n2', [
        choice('a', ['QQ'], 'gone', { text: 'Fine?' }),
        choice('b', ['GOAL', 'SEEK'], 'agreed', { text: 'What would you like to get back to doing?' }),
      ]),
    ],
    ENDINGS,
  );
}

/** The only question is a damaging one; the best response is the longest statement. */
export function questionTrap(): Scenario {
  return makeScenario(
    [
      node('n1', [
        choice('a', ['REAS'], 'out', { text: 'Have you tried resting?' }),
        choice('b', ['CR', 'VAL', 'GOAL', 'SEEK', 'AUT'], 'agreed', { text: 'It sounds like the nights are the hardest part for you.' }),
      ]),
    ],
    ENDINGS,
  );
}

/**
 * A trade-off: at n1 the option with the most rubric points (a) ends the
 * conversation, while the humbler reflection (b) leads on to the alliance.
 */
export function tradeOff(): Scenario {
  return makeScenario(
    [
      node('n1', [
        choice('a', ['GOAL', 'SEEK'], 'out', { text: 'Let us set three goals right now, shall we?' }),
        choice('b', ['SR'], 'n2', { text: 'Months of this.' }),
      ]),
      node('n2', [
        choice('a', ['CR', 'VAL', 'SEEK', 'AUT'], 'agreed', { text: 'You have carried this a long time; what would help most?' }),
        choice('b', ['DIS'], 'gone', { text: 'Everyone has bad months.' }),
      ]),
    ],
    ENDINGS,
  );
}

/**
 * No cue gives the best response away: it is second of three and never the
 * longest, and the first and the longest options end the conversation.
 */
export function noCues(): Scenario {
  return makeScenario(
    [
      node('n1', [
        choice('a', ['DEF'], 'out', { text: 'Everybody has to wait that long at the moment, I am afraid.' }),
        choice('b', ['CR'], 'n2', { text: 'That wait sounds exhausting.' }),
        choice('c', ['DIS'], 'out', { text: 'Let us not dwell on it.' }),
      ]),
      node('n2', [
        choice('a', ['REAS'], 'unsure', { text: 'The exercises on this sheet will sort all of that out for you.' }),
        choice('b', ['SR', 'GOAL', 'SEEK', 'AUT'], 'agreed', { text: 'Nights, then. What would help?' }),
        choice('c', ['DIS'], 'gone', { text: 'Everyone sleeps badly.' }),
      ]),
    ],
    ENDINGS,
  );
}
