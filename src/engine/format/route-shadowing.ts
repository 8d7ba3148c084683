import type { PatientStateVariable, Route, Scenario, StateCondition } from './scenario.types';
import { PATIENT_STATE_VARIABLES } from './scenario.types';
import { canHold, exitOwner, nodeExits } from './scenario-exits';
import type { NodeExit } from './scenario-exits';
import type { Report } from './validate-ids';

/** The values a condition allows for one variable, as [lowest, highest]. */
function rangeOf(when: StateCondition, variable: PatientStateVariable): [number, number] {
  const range = when[variable];
  return [range?.atLeast ?? 0, range?.atMost ?? 100];
}

/** True when every patient state that meets `inner` also meets `outer` (a per-variable interval check). */
export function conditionCovers(outer: StateCondition, inner: StateCondition): boolean {
  return PATIENT_STATE_VARIABLES.every((variable) => {
    if (outer[variable] === undefined) return true;
    const [outerLow, outerHigh] = rangeOf(outer, variable);
    const [innerLow, innerHigh] = rangeOf(inner, variable);
    return outerLow <= innerLow && innerHigh <= outerHigh;
  });
}

/**
 * The index of the first earlier route that catches every state route `i`
 * would (so route `i` is never taken), or -1. A route without `when`, or one
 * whose condition can never hold (SCN041), is never called shadowed.
 */
export function shadowingRoute(routes: readonly Route[], i: number): number {
  const when = routes[i]?.when;
  if (!when || !canHold(when)) return -1;
  for (let j = 0; j < i; j++) {
    const earlier = routes[j]?.when;
    if (earlier === undefined || conditionCovers(earlier, when)) return j;
  }
  return -1;
}

/**
 * SCN070: a route whose condition an earlier route of the same list already
 * catches. Shadowing by a route without `when` (SCN040) or by one that always
 * holds (SCN042) is left to those codes, which already say so.
 */
export function validateShadowedRoutes(scenario: Scenario, report: Report, exits: readonly NodeExit[] = nodeExits(scenario)): void {
  for (const exit of exits) {
    const routes = exit.routes;
    if (!routes || routes.length < 2) continue;
    for (let i = 1; i < routes.length; i++) {
      const j = shadowingRoute(routes, i);
      const earlier = routes[j]?.when;
      if (earlier === undefined || conditionCovers(earlier, {})) continue;
      report(
        'SCN070',
        `${exitOwner(scenario, exit)}: route ${i + 1} is never taken: every patient state that meets its "when" also meets route ${j + 1}'s, which is tried first.`,
        [...exit.path, 'routes', i, 'when'],
      );
    }
  }
}
