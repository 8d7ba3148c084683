import type { Scenario } from './scenario.types';
import { exitTargets, nodeExits } from './scenario-exits';
import type { NodeExit } from './scenario-exits';
import type { Report } from './validate-ids';

const isTimeLimit = (exit: NodeExit) => exit.path[2] === 'timeLimit';

/** Ids reachable from start through the exits `use` accepts (routes that can hold count as links). */
function reachableFrom(scenario: Scenario, exits: readonly NodeExit[], use: (exit: NodeExit) => boolean): Set<string> {
  const byNode = new Map<string, NodeExit[]>();
  for (const exit of exits) {
    if (!use(exit)) continue;
    const id = scenario.nodes[exit.nodeIndex]?.id ?? '';
    byNode.set(id, [...(byNode.get(id) ?? []), exit]);
  }
  const seen = new Set([scenario.start]);
  const stack = [scenario.start];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const exit of byNode.get(id) ?? []) {
      for (const { target } of exitTargets(exit, true)) {
        if (seen.has(target)) continue;
        seen.add(target);
        stack.push(target);
      }
    }
  }
  return seen;
}

/**
 * SCN072: nodes on the map only for trainees who let a time limit run out.
 * Nodes nothing reaches at all are SCN043's; endings reached only through
 * silence are a usual consequence of it and are left alone.
 */
export function validateTimeoutOnlyNodes(scenario: Scenario, report: Report, exits: readonly NodeExit[] = nodeExits(scenario)): void {
  if (!exits.some(isTimeLimit) || !scenario.nodes.some((n) => n.id === scenario.start)) return;
  const withTimeouts = reachableFrom(scenario, exits, () => true);
  const byChoices = reachableFrom(scenario, exits, (exit) => !isTimeLimit(exit));
  const reported = new Set<string>();
  scenario.nodes.forEach((node, i) => {
    if (reported.has(node.id) || !withTimeouts.has(node.id) || byChoices.has(node.id)) return;
    reported.add(node.id);
    report(
      'SCN072',
      `Node "${node.id}" is reached only when a time limit runs out: no path of choices from start "${scenario.start}" leads here, so trainees who always answer never see it.`,
      ['nodes', i, 'id'],
    );
  });
}
