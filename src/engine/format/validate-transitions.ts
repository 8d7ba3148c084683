import { RUBRIC_CODE_IDS } from './rubric-codes';
import type { Scenario, StateCondition } from './scenario.types';
import { PATIENT_STATE_VARIABLES } from './scenario.types';
import { exitTargets, nodeExits } from './scenario-exits';
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

function checkRoutes(exit: NodeExit, owner: string, report: Report): void {
  const routes = exit.routes ?? [];
  routes.forEach((route, i) => {
    const path = [...exit.path, 'routes', i];
    const isLast = i === routes.length - 1;
    if (isLast && route.when !== undefined) {
      report('SCN039', `${owner}: the last route has a "when"; add a final route with only "next" so there is always somewhere to go.`, [...path, 'when']);
    }
    if (!isLast && route.when === undefined) {
      report('SCN040', `${owner}: route ${i + 1} has no "when", so the routes after it are never taken; move it to the end.`, path);
    }
    if (!route.when) return;
    for (const variable of PATIENT_STATE_VARIABLES) {
      const range = route.when[variable];
      if (range?.atLeast !== undefined && range.atMost !== undefined && range.atLeast > range.atMost) {
        report('SCN041', `${owner}: route ${i + 1} needs ${variable} at least ${range.atLeast} and at most ${range.atMost}, which can never hold.`, [...path, 'when', variable]);
      }
    }
    if (!isLast && alwaysHolds(route.when)) {
      report('SCN042', `${owner}: route ${i + 1}'s condition always holds, so the routes after it are never taken.`, [...path, 'when']);
    }
  });
}

/** Choices and time limits: where they lead, routes, conditions and codes (SCN022, SCN034, SCN038–SCN042, SCN048). */
export function validateTransitions(scenario: Scenario, report: Report): void {
  const targets = new Set([...scenario.nodes.map((n) => n.id), ...scenario.endings.map((e) => e.id)]);
  for (const exit of nodeExits(scenario)) {
    const node = scenario.nodes[exit.nodeIndex];
    const choice = exit.path[2] === 'timeLimit' ? 'time limit' : `choice "${node?.choices[Number(exit.path[3])]?.id ?? ''}"`;
    const owner = `node "${node?.id ?? ''}", ${choice}`;
    const hasNext = exit.next !== undefined;
    const hasRoutes = exit.routes !== undefined;
    if (hasNext === hasRoutes) {
      const message = hasNext ? 'has both "next" and "routes"; keep one' : 'has neither "next" nor "routes"; say where the conversation goes';
      report('SCN038', `${owner} ${message}.`, hasNext ? [...exit.path, 'routes'] : exit.path);
    }
    checkRoutes(exit, owner, report);
    for (const { target, path } of exitTargets(exit)) {
      if (!targets.has(target)) report('SCN034', `${owner}: "${target}" is not a node or ending${didYouMean(target, targets)}.`, path);
    }
    const seen = new Set<string>();
    exit.codes.forEach((code, i) => {
      const path = [...exit.path, 'codes', i];
      if (!KNOWN_CODES.has(code)) report('SCN022', `${owner}: "${code}" is not a behaviour code in the rubric${didYouMean(code, KNOWN_CODES)}.`, path);
      else if (seen.has(code)) report('SCN048', `${owner}: the code ${code} is listed twice.`, path);
      seen.add(code);
    });
  }
}
