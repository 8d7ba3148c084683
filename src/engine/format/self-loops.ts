import type { Scenario } from './scenario.types';
import { exitOwner, exitTargets, nodeExits } from './scenario-exits';
import type { NodeExit } from './scenario-exits';
import type { Report } from './validate-ids';

/** SCN073: a choice, route or time limit whose target is the node it belongs to. */
export function validateSelfLoops(scenario: Scenario, report: Report, exits: readonly NodeExit[] = nodeExits(scenario)): void {
  for (const exit of exits) {
    const here = scenario.nodes[exit.nodeIndex]?.id;
    if (exit.next !== here && !exit.routes?.some((route) => route.next === here)) continue;
    for (const { target, path } of exitTargets(exit, true)) {
      if (target !== here) continue;
      const route = path.at(-3) === 'routes' ? `route ${Number(path.at(-2)) + 1} ` : '';
      report(
        'SCN073',
        `${exitOwner(scenario, exit)}: ${route}leads back to "${here}", the node it belongs to, so the patient repeats the same line and the same choices come again.`,
        path,
      );
    }
  }
}
