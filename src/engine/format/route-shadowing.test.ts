import { describe, expect, it } from 'vitest';
import { conditionCovers, shadowingRoute } from './route-shadowing';
import type { Route, Scenario } from './scenario.types';
import { fakeScenario } from '../runtime/testing/fake-scenario';
import { validateScenario } from './validate-scenario';

/** The fake scenario with choice "b" of n1 routed as given. */
function routed(routes: Route[]): Scenario {
  const scenario = fakeScenario();
  const choice = scenario.nodes[0]!.choices[1]!;
  delete choice.next;
  choice.routes = routes;
  return scenario;
}
const found = (scenario: Scenario) => validateScenario(scenario).filter((d) => d.code === 'SCN070');

describe('conditionCovers', () => {
  it('holds when each variable the outer condition tests has a range around the inner one', () => {
    expect(conditionCovers({ anger: { atLeast: 50 } }, { anger: { atLeast: 70 } })).toBe(true);
    expect(conditionCovers({ anger: { atLeast: 50 } }, { anger: { atLeast: 70 }, trust: { atMost: 20 } })).toBe(true);
    expect(conditionCovers({ anger: { atLeast: 40, atMost: 80 } }, { anger: { atLeast: 50, atMost: 60 } })).toBe(true);
  });

  it('fails when the inner condition leaves room the outer one does not', () => {
    expect(conditionCovers({ anger: { atLeast: 70 } }, { anger: { atLeast: 50 } })).toBe(false);
    expect(conditionCovers({ anger: { atLeast: 50 }, trust: { atMost: 20 } }, { anger: { atLeast: 70 } })).toBe(false);
    expect(conditionCovers({ trust: { atMost: 20 } }, {})).toBe(false);
  });

  it('treats bounds of 0 and 100 as no bound', () => {
    expect(conditionCovers({ anger: { atLeast: 0, atMost: 100 } }, {})).toBe(true);
  });
});

describe('shadowingRoute', () => {
  it('names the first earlier route that catches every state', () => {
    const routes: Route[] = [
      { when: { trust: { atMost: 10 } }, next: 'x' },
      { when: { anger: { atLeast: 50 } }, next: 'y' },
      { when: { anger: { atLeast: 60 }, trust: { atLeast: 40 } }, next: 'z' },
      { next: 'w' },
    ];
    expect(shadowingRoute(routes, 2)).toBe(1);
    expect(shadowingRoute(routes, 1)).toBe(-1);
    expect(shadowingRoute(routes, 3)).toBe(-1);
  });

  it('never calls a route that cannot hold shadowed (SCN041 says enough)', () => {
    expect(
      shadowingRoute(
        [{ when: { anger: { atLeast: 10 } }, next: 'x' }, { when: { anger: { atLeast: 80, atMost: 20 } }, next: 'y' }, { next: 'z' }],
        1,
      ),
    ).toBe(-1);
  });
});

describe('SCN070 shadowed-route', () => {
  it('warns on the hidden route, naming the route that hides it', () => {
    const diagnostics = found(
      routed([{ when: { anger: { atLeast: 50 } }, next: 'n2' }, { when: { anger: { atLeast: 70 } }, next: 'bad' }, { next: 'good' }]),
    );
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', path: ['nodes', 0, 'choices', 1, 'routes', 1, 'when'] })]);
    expect(diagnostics[0]?.message).toMatch(/route 2 is never taken.*route 1's/);
  });

  it('is quiet when the narrower route comes first', () => {
    expect(
      found(
        routed([{ when: { anger: { atLeast: 70 } }, next: 'bad' }, { when: { anger: { atLeast: 50 } }, next: 'n2' }, { next: 'good' }]),
      ),
    ).toEqual([]);
  });

  it('leaves routes after a condition that always holds to SCN042', () => {
    const codes = validateScenario(
      routed([{ when: { anger: {} }, next: 'n2' }, { when: { anger: { atLeast: 70 } }, next: 'bad' }, { next: 'good' }]),
    ).map((d) => d.code);
    expect(codes).toContain('SCN042');
    expect(codes).not.toContain('SCN070');
  });
});
