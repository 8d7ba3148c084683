import type { Scenario } from './scenario.types';
import { exitTargets, nodeExits } from './scenario-exits';
import type { Report } from './validate-ids';

/**
 * Reachability (SCN043–SCN045). Every route whose condition can hold counts
 * as an edge: which routes fire depends on play, so a node is reachable if
 * some route could lead there.
 */
export function validateGraph(scenario: Scenario, report: Report): void {
  // Without a valid start everything would be "unreachable": SCN035/036 say enough.
  if (!scenario.nodes.some((n) => n.id === scenario.start)) return;
  const forward = new Map<string, Set<string>>();
  const backward = new Map<string, Set<string>>();
  const link = (map: Map<string, Set<string>>, from: string, to: string) => {
    const set = map.get(from) ?? new Set<string>();
    set.add(to);
    map.set(from, set);
  };
  for (const exit of nodeExits(scenario)) {
    const from = scenario.nodes[exit.nodeIndex]?.id;
    if (from === undefined) continue;
    for (const { target } of exitTargets(exit, true)) {
      link(forward, from, target);
      link(backward, target, from);
    }
  }
  const walk = (starts: string[], edges: Map<string, Set<string>>) => {
    const seen = new Set(starts);
    const queue = [...starts];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      for (const next of edges.get(id) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    return seen;
  };
  const reachable = walk([scenario.start], forward);
  const finishing = walk(scenario.endings.map((e) => e.id), backward);
  const reported = new Set<string>();
  scenario.nodes.forEach((node, i) => {
    if (reported.has(node.id)) return;
    reported.add(node.id);
    if (!reachable.has(node.id)) report('SCN043', `Node "${node.id}" cannot be reached from start "${scenario.start}".`, ['nodes', i, 'id']);
    else if (!finishing.has(node.id)) report('SCN044', `From node "${node.id}" no path leads to an ending; a trainee here could never finish.`, ['nodes', i, 'id']);
  });
  scenario.endings.forEach((ending, i) => {
    if (!reachable.has(ending.id)) report('SCN045', `Ending "${ending.id}" is never reached from start "${scenario.start}".`, ['endings', i, 'id']);
  });
}
