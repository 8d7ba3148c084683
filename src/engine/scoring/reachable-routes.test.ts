import { describe, expect, it } from 'vitest';
import type { PatientState, Scenario } from '../format/scenario.types';
import { PATIENT_STATE_VARIABLES } from '../format/scenario.types';
import { applyTurn } from '../model/patient-step';
import { reachableRoutes, routeKey } from './reachable-routes';
import { conditionHolds } from '../model/route';
import { lookupScenario, resolveTarget } from './scenario-moves';
import { choice, ending, makeScenario, node } from '../runtime/testing/fake-scenario';
import { randomScenario } from '../runtime/testing/random-scenario';

/** Every route, node and ending by brute force over whole paths (acyclic scenarios only): the oracle. */
function bruteForce(scenario: Scenario) {
  const lookup = lookupScenario(scenario);
  const routes = new Set<string>();
  const nodes = new Set<string>();
  const endings = new Set<string>();
  const after = new Map<string, PatientState[]>();
  const walk = (nodeId: string, patient: PatientState, previousCodes: readonly string[]) => {
    nodes.add(nodeId);
    lookup.movesAt(nodeId).forEach((move, k) => {
      const state = applyTurn(patient, move.codes, { effects: move.effects, previousCodes }).state;
      after.set(`${nodeId}/${k}`, [...(after.get(`${nodeId}/${k}`) ?? []), state]);
      const target = resolveTarget(move, state);
      if (move.routes)
        routes.add(
          routeKey(
            nodeId,
            k,
            move.routes.findIndex((r) => conditionHolds(state, r.when)),
          ),
        );
      if (target !== null && lookup.endings.has(target)) endings.add(target);
      else if (target !== null) walk(target, state, move.codes);
    });
  };
  walk(scenario.start, scenario.initialState, []);
  return { routes, nodes, endings, after };
}

describe('reachableRoutes', () => {
  it.each([1, 2, 3, 5, 8, 13, 21, 34])('agrees with a brute-force walk of every path (random scenario %i)', (seed) => {
    const scenario = randomScenario(seed, 4, 3);
    const found = reachableRoutes(scenario);
    const oracle = bruteForce(scenario);
    expect(found.complete).toBe(true);
    expect([...found.routes].sort()).toEqual([...oracle.routes].sort());
    expect([...found.nodes].sort()).toEqual([...oracle.nodes].sort());
    expect([...found.endings].sort()).toEqual([...oracle.endings].sort());
    for (const [key, states] of oracle.after) {
      const [nodeId, k] = key.split('/');
      const range = found.after.get(nodeId!)?.[Number(k)];
      PATIENT_STATE_VARIABLES.forEach((variable, i) => {
        expect(range?.low[i]).toBe(Math.min(...states.map((s) => s[variable])));
        expect(range?.high[i]).toBe(Math.max(...states.map((s) => s[variable])));
      });
    }
  });

  it('finds routes never taken, keyed by move index (the time limit after the choices)', () => {
    const scenario = makeScenario(
      [
        node(
          'n',
          [
            choice('a', ['CR'], [{ when: { anger: { atLeast: 90 } }, next: 'bad' }, { next: 'good' }], {
              effects: { anger: -5, trust: 0 },
            }),
          ],
          {
            timeLimit: {
              seconds: 20,
              effects: { anger: 30 },
              routes: [{ when: { anger: { atLeast: 90 } }, next: 'bad' }, { next: 'good' }],
            },
          },
        ),
      ],
      [ending('good', 'alliance'), ending('bad', 'escalated')],
      { initialState: { anger: 65, trust: 25, injustice: 70, goalAgreement: 10, taskAgreement: 5 } },
    );
    const found = reachableRoutes(scenario);
    expect([...found.routes].sort()).toEqual([routeKey('n', 0, 1), routeKey('n', 1, 0)].sort());
    // The state after the choice is the model's: its override of anger settles like any push.
    const after = applyTurn(scenario.initialState, ['CR'], { effects: { anger: -5, trust: 0 } }).state;
    const values = PATIENT_STATE_VARIABLES.map((v) => after[v]);
    expect(found.after.get('n')?.[0]).toEqual({ low: values, high: values });
  });

  it('ends on loops: a state seen before is not walked again', () => {
    const scenario = makeScenario(
      [node('n', [choice('again', ['SR'], 'n'), choice('stop', ['SUM'], 'done')])],
      [ending('done', 'alliance')],
    );
    const found = reachableRoutes(scenario);
    expect(found.complete).toBe(true);
    expect(found.endings).toEqual(new Set(['done']));
    expect(found.states).toBeGreaterThan(1);
  });

  it('stops at its state budget, says so, and gives the same answer every time', () => {
    const scenario = randomScenario(7, 5, 3);
    const all = reachableRoutes(scenario);
    const cut = reachableRoutes(scenario, { maxStates: Math.floor(all.states / 2) });
    expect(cut.complete).toBe(false);
    expect(cut.states).toBe(Math.floor(all.states / 2));
    expect(reachableRoutes(scenario, { maxStates: all.states })).toMatchObject({ complete: true, states: all.states });
    expect([...reachableRoutes(scenario).routes]).toEqual([...all.routes]);
  });
});
