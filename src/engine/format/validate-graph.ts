import type { Scenario } from './scenario.types';
import { canHold, nodeExits } from './scenario-exits';
import type { NodeExit } from './scenario-exits';
import type { Report } from './validate-ids';

// A plain function, not a closure per exit: closures in hot loops cost extra under Node tooling (tsx keeps their names).
function link(forward: number[][], backward: number[][], from: number, to: number): void {
  forward[from]!.push(to);
  backward[to]!.push(from);
}

/**
 * Reachability (SCN043–SCN045). Every route whose condition can hold counts
 * as an edge: which routes fire depends on play, so a node is reachable if
 * some route could lead there. Ids are numbered once and the walks run over
 * integer adjacency lists (a 1,000-node file has 3,000 exits).
 */
export function validateGraph(scenario: Scenario, report: Report, exits: readonly NodeExit[] = nodeExits(scenario)): void {
  // Without a valid start everything would be "unreachable": SCN035/036 say enough.
  if (!scenario.nodes.some((n) => n.id === scenario.start)) return;
  const ids = new Map<string, number>();
  const forward: number[][] = [];
  const backward: number[][] = [];
  const number = (id: string): number => {
    let n = ids.get(id);
    if (n === undefined) {
      n = forward.length;
      ids.set(id, n);
      forward.push([]);
      backward.push([]);
    }
    return n;
  };
  for (const exit of exits) {
    const from = scenario.nodes[exit.nodeIndex]?.id;
    if (from === undefined) continue;
    const f = number(from);
    if (exit.next !== undefined) link(forward, backward, f, number(exit.next));
    if (exit.routes) for (const route of exit.routes) if (canHold(route.when)) link(forward, backward, f, number(route.next));
  }
  const walk = (starts: readonly string[], edges: number[][]): ((id: string) => boolean) => {
    const seen = new Uint8Array(forward.length);
    const stack: number[] = [];
    for (const id of starts) {
      const n = ids.get(id);
      if (n !== undefined && !seen[n]) {
        seen[n] = 1;
        stack.push(n);
      }
    }
    for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
      for (const next of edges[n]!) {
        if (seen[next]) continue;
        seen[next] = 1;
        stack.push(next);
      }
    }
    const startSet = new Set(starts);
    // Ids with no edges at all are reachable only if they are starts themselves.
    return (id) => {
      const n = ids.get(id);
      return n === undefined ? startSet.has(id) : seen[n] === 1;
    };
  };
  const reachable = walk([scenario.start], forward);
  const finishing = walk(
    scenario.endings.map((e) => e.id),
    backward,
  );
  const reported = new Set<string>();
  scenario.nodes.forEach((node, i) => {
    if (reported.has(node.id)) return;
    reported.add(node.id);
    if (!reachable(node.id)) report('SCN043', `Node "${node.id}" cannot be reached from start "${scenario.start}".`, ['nodes', i, 'id']);
    else if (!finishing(node.id))
      report('SCN044', `From node "${node.id}" no path leads to an ending; a trainee here could never finish.`, ['nodes', i, 'id']);
  });
  scenario.endings.forEach((ending, i) => {
    if (!reachable(ending.id))
      report('SCN045', `Ending "${ending.id}" is never reached from start "${scenario.start}".`, ['endings', i, 'id']);
  });
}
