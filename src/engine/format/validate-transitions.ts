import { RUBRIC_CODE_IDS } from './rubric-codes';
import type { Route, Scenario, StateCondition } from './scenario.types';
import { PATIENT_STATE_VARIABLES } from './scenario.types';
import { exitOwner, nodeExits } from './scenario-exits';
import type { NodeExit } from './scenario-exits';
import { didYouMean } from './suggest';
import type { Report } from './validate-ids';

const KNOWN_CODES = new Set(RUBRIC_CODE_IDS);

/** True when the condition holds for every possible patient state. */
function alwaysHolds(when: StateCondition): boolean {
  return PATIENT_STATE_VARIABLES.every((v) => {
    const range = when[v];
    return range === undefined || ((range.atLeast ?? 0) <= 0 && (range.atMost ?? 100) >= 100);
  });
}

function checkRoutes(exit: NodeExit, owner: () => string, report: Report): void {
  const routes = exit.routes;
  if (!routes) return;
  const path = (i: number, ...rest: (string | number)[]) => [...exit.path, 'routes', i, ...rest];
  routes.forEach((route, i) => {
    const isLast = i === routes.length - 1;
    if (isLast && route.when !== undefined) {
      report(
        'SCN039',
        `${owner()}: the last route has a "when"; add a final route with only "next" so there is always somewhere to go.`,
        path(i, 'when'),
      );
    }
    if (!isLast && route.when === undefined) {
      report('SCN040', `${owner()}: route ${i + 1} has no "when", so the routes after it are never taken; move it to the end.`, path(i));
    }
    if (!route.when) return;
    for (const variable of PATIENT_STATE_VARIABLES) {
      const range = route.when[variable];
      if (range?.atLeast !== undefined && range.atMost !== undefined && range.atLeast > range.atMost) {
        report(
          'SCN041',
          `${owner()}: route ${i + 1} needs ${variable} at least ${range.atLeast} and at most ${range.atMost}, which can never hold.`,
          path(i, 'when', variable),
        );
      }
    }
    if (!isLast && alwaysHolds(route.when)) {
      report('SCN042', `${owner()}: route ${i + 1}'s condition always holds, so the routes after it are never taken.`, path(i, 'when'));
    }
  });
}

/**
 * Choices and time limits: where they lead, routes, conditions and codes
 * (SCN022, SCN034, SCN038–SCN042, SCN048). Messages and paths are built
 * only for problems found: a clean 1,000-node file has 3,000 exits.
 */
export function validateTransitions(scenario: Scenario, report: Report, exits: readonly NodeExit[] = nodeExits(scenario)): void {
  const targets = new Set<string>();
  for (const node of scenario.nodes) targets.add(node.id);
  for (const ending of scenario.endings) targets.add(ending.id);
  for (const exit of exits) {
    const hasNext = exit.next !== undefined;
    const hasRoutes = exit.routes !== undefined;
    const routes = exit.routes ?? NO_ROUTES;
    const codes = exit.codes;
    // The common case, checked without allocating: one of next/routes, known targets, known distinct codes, plain routes.
    if (
      hasNext !== hasRoutes &&
      (!hasNext || targets.has(exit.next!)) &&
      routes.every((r, i) => plainRoute(r, i === routes.length - 1) && targets.has(r.next)) &&
      codesClean(codes)
    )
      continue;
    const owner = () => exitOwner(scenario, exit);
    if (hasNext === hasRoutes) {
      const message = hasNext
        ? 'has both "next" and "routes"; keep one'
        : 'has neither "next" nor "routes"; say where the conversation goes';
      report('SCN038', `${owner()} ${message}.`, hasNext ? [...exit.path, 'routes'] : exit.path);
    }
    checkRoutes(exit, owner, report);
    // A link that leads back to its own node is SCN073's business, never a suggestion.
    const here = scenario.nodes[exit.nodeIndex]?.id;
    if (exit.next !== undefined && !targets.has(exit.next)) {
      report('SCN034', `${owner()}: "${exit.next}" is not a node or ending${didYouMean(exit.next, targets, here)}.`, [
        ...exit.path,
        'next',
      ]);
    }
    routes.forEach((route, i) => {
      if (!targets.has(route.next))
        report('SCN034', `${owner()}: "${route.next}" is not a node or ending${didYouMean(route.next, targets, here)}.`, [
          ...exit.path,
          'routes',
          i,
          'next',
        ]);
    });
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      if (!KNOWN_CODES.has(code))
        report('SCN022', `${owner()}: "${code}" is not a behaviour code in the rubric${didYouMean(code, KNOWN_CODES)}.`, [
          ...exit.path,
          'codes',
          i,
        ]);
      else if (codes.indexOf(code) !== i) report('SCN048', `${owner()}: the code ${code} is listed twice.`, [...exit.path, 'codes', i]);
    }
  }
}

const NO_ROUTES: readonly Route[] = [];

/** Known codes, none listed twice. */
function codesClean(codes: readonly string[]): boolean {
  for (let i = 0; i < codes.length; i++) if (!KNOWN_CODES.has(codes[i]!) || codes.indexOf(codes[i]!) !== i) return false;
  return true;
}

/** A route none of SCN039–SCN042 applies to: `when` on all but the last, each range possible, none always true. */
function plainRoute(route: Route, isLast: boolean): boolean {
  if (isLast) return route.when === undefined;
  if (route.when === undefined || alwaysHolds(route.when)) return false;
  for (const variable of PATIENT_STATE_VARIABLES) {
    const range = route.when[variable];
    if (range?.atLeast !== undefined && range.atMost !== undefined && range.atLeast > range.atMost) return false;
  }
  return true;
}
