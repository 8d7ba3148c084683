import { describe, expect, it } from 'vitest';
import { constantlyFalse, constantVariables } from './constant-conditions';
import type { Route, Scenario } from './scenario.types';
import { fakeScenario } from '../runtime/testing/fake-scenario';
import { validateScenario } from './validate-scenario';

function routed(routes: Route[], scenario = fakeScenario()): Scenario {
  const choice = scenario.nodes[0]!.choices[1]!;
  delete choice.next;
  choice.routes = routes;
  return scenario;
}
const found = (scenario: Scenario) => validateScenario(scenario).filter((d) => d.code === 'SCN071');

describe('constantVariables', () => {
  it('lists the variables no code used in the scenario moves, with their initial values', () => {
    // fakeScenario uses EXP, DIS and GOAL: anger, trust and goalAgreement move.
    expect(constantVariables(fakeScenario())).toEqual(
      new Map([
        ['injustice', 30],
        ['taskAgreement', 10],
      ]),
    );
  });

  it('counts a non-zero effects: override as a change, and a zero one as none', () => {
    const scenario = fakeScenario();
    scenario.nodes[0]!.choices[0]!.effects = { injustice: -5, taskAgreement: 0 };
    expect([...constantVariables(scenario).keys()]).toEqual(['taskAgreement']);
  });

  it("counts a time limit's codes and effects", () => {
    const scenario = fakeScenario();
    scenario.nodes[0]!.timeLimit = { seconds: 20, codes: ['SEEK'], effects: { injustice: 3 }, next: 'n2' };
    expect(constantVariables(scenario).size).toBe(0);
  });

  it('treats anger and trust as changing together (LIM moves them depending on the state)', () => {
    // GOAL moves trust (and goalAgreement) but not anger by default.
    const scenario = fakeScenario();
    for (const node of scenario.nodes) for (const choice of node.choices) choice.codes = ['GOAL'];
    expect(constantVariables(scenario).has('anger')).toBe(false);
  });
});

describe('constantlyFalse', () => {
  const constants = new Map([['injustice', 30]] as const);
  it('is true only when a constant variable is outside the range', () => {
    expect(constantlyFalse({ injustice: { atLeast: 60 } }, constants)).toBe(true);
    expect(constantlyFalse({ injustice: { atMost: 60 } }, constants)).toBe(false);
    expect(constantlyFalse({ anger: { atLeast: 60 } }, constants)).toBe(false);
    expect(constantlyFalse(undefined, constants)).toBe(false);
  });
});

describe('SCN071 constant-condition', () => {
  it('says the condition is always false when the initial value is outside the range', () => {
    const [d] = found(routed([{ when: { injustice: { atLeast: 60 } }, next: 'bad' }, { next: 'n2' }]));
    expect(d).toMatchObject({ severity: 'warning', path: ['nodes', 0, 'choices', 1, 'routes', 0, 'when', 'injustice'] });
    expect(d?.message).toMatch(/stays at its initial value 30, so this condition is always false/);
  });

  it('says the condition is always true when the initial value is inside it', () => {
    const [d] = found(routed([{ when: { injustice: { atMost: 60 }, anger: { atLeast: 70 } }, next: 'bad' }, { next: 'n2' }]));
    expect(d?.message).toMatch(/injustice.*initial value 30, so this condition is always true/);
  });

  it('is quiet on variables the scenario moves, and on ranges with no real bound (SCN042)', () => {
    expect(found(routed([{ when: { anger: { atLeast: 60 } }, next: 'bad' }, { next: 'n2' }]))).toEqual([]);
    expect(found(routed([{ when: { injustice: { atLeast: 0 }, anger: { atLeast: 60 } }, next: 'bad' }, { next: 'n2' }]))).toEqual([]);
  });
});
