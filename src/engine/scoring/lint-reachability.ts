/**
 * Patient-state reachability lints (SCN120–SCN122): routes, nodes and
 * endings the file links up correctly but no conversation ever arrives at,
 * because the patient model never brings the patient into the state a route
 * asks for. What the file alone already shows is left to the format's codes:
 * nothing links to it (SCN043, SCN045), an earlier route catches it first
 * (SCN040, SCN042, SCN070), it tests a value that never changes (SCN071).
 *
 * When the scenario has more conversation states than the budget, these
 * lints stay silent rather than guess (a partial walk would call reachable
 * things unreachable); SCN114 already tells the author the scenario is large.
 */
import { constantlyFalse, constantVariables } from '../format/constant-conditions';
import type { Diagnostic } from '../format/diagnostic.types';
import { shadowingRoute } from '../format/route-shadowing';
import type { Scenario } from '../format/scenario.types';
import { PATIENT_STATE_VARIABLES } from '../format/scenario.types';
import { reachableRoutes, routeKey, type StateRange } from './reachable-routes';
import { lookupScenario, possibleTargets } from './scenario-moves';

export type LintReport = (code: string, message: string, path: Diagnostic['path']) => void;

/** Ids some chain of links leads to from start, whatever the patient state. */
function linkedFromStart(scenario: Scenario): Set<string> {
  const lookup = lookupScenario(scenario);
  const seen = new Set([scenario.start]);
  const stack = [scenario.start];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const move of lookup.movesAt(id))
      for (const target of possibleTargets(move)) {
        if (seen.has(target)) continue;
        seen.add(target);
        stack.push(target);
      }
  }
  return seen;
}

/** "anger 38–66, trust 20–35": the values the route's variables took after the move. */
function rangesText(range: StateRange | undefined, variables: string[]): string {
  if (!range || range.high[0]! < 0) return 'no state';
  return variables
    .map((variable) => {
      const i = (PATIENT_STATE_VARIABLES as readonly string[]).indexOf(variable);
      const [low, high] = [range.low[i], range.high[i]];
      return low === high ? `${variable} ${low}` : `${variable} ${low}–${high}`;
    })
    .join(', ');
}

export function lintReachability(scenario: Scenario, report: LintReport, options: { maxStates?: number } = {}): void {
  const reach = reachableRoutes(scenario, { maxStates: options.maxStates });
  if (!reach.complete) return;
  const linked = linkedFromStart(scenario);
  const constants = constantVariables(scenario);
  const lookup = lookupScenario(scenario);
  scenario.nodes.forEach((node, i) => {
    if (!linked.has(node.id)) return;
    if (!reach.nodes.has(node.id)) {
      report(
        'SCN122',
        `Node "${node.id}" is never reached: every link to it is a route whose condition no reachable patient state meets.`,
        ['nodes', i, 'id'],
      );
      return;
    }
    // movesAt lists the choices in order, then the time limit.
    lookup.movesAt(node.id).forEach((move, k) => {
      const routes = move.routes ?? [];
      const owner = k < node.choices.length ? `node "${node.id}", choice "${move.id}"` : `node "${node.id}", time limit`;
      const path = k < node.choices.length ? ['nodes', i, 'choices', k] : ['nodes', i, 'timeLimit'];
      routes.forEach((route, r) => {
        if (!route.when || shadowingRoute(routes, r) >= 0 || constantlyFalse(route.when, constants)) return;
        if (reach.routes.has(routeKey(node.id, k, r))) return;
        const seen = rangesText(reach.after.get(node.id)?.[k], Object.keys(route.when));
        report(
          'SCN120',
          `${owner}: route ${r + 1} is never taken: no reachable conversation meets its "when" after this ${k < node.choices.length ? 'choice' : 'time limit'} (there: ${seen}).`,
          [...path, 'routes', r, 'when'],
        );
      });
    });
  });
  scenario.endings.forEach((ending, i) => {
    if (linked.has(ending.id) && !reach.endings.has(ending.id))
      report(
        'SCN121',
        `Ending "${ending.id}" is never reached: every link to it is a route whose condition no reachable patient state meets.`,
        ['endings', i, 'id'],
      );
  });
}
