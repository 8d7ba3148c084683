import { describe, expect, it } from 'vitest';
import { routeSteps } from './route-steps';
import { longestWins } from '../../runtime/testing/validity-scenarios';

describe('routeSteps', () => {
  it('pairs each move with the node it was made at, time limits included', () => {
    const scenario = longestWins();
    scenario.nodes[0]!.timeLimit = { seconds: 10, effects: { anger: 5 }, next: 'n2' };
    expect(routeSteps({ scenario }, ['timeout', 'b'])).toEqual([
      { node: 'n1', choice: 'timeout' },
      { node: 'n2', choice: 'b' },
    ]);
  });

  it('stops where the route stops being playable', () => {
    expect(routeSteps({ scenario: longestWins() }, ['b', 'nope', 'a'])).toEqual([{ node: 'n1', choice: 'b' }]);
  });
});
