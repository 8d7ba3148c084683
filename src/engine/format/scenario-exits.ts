import type { DocumentPath } from './make-diagnostic';
import type { Route, Scenario, StateCondition } from './scenario.types';

/** A way out of a node: one of its choices, or its time limit. */
export interface NodeExit {
  nodeIndex: number;
  path: DocumentPath;
  codes: string[];
  next?: string;
  routes?: Route[];
}

/** Every choice and time limit of every node, with its document path. */
export function nodeExits(scenario: Scenario): NodeExit[] {
  const exits: NodeExit[] = [];
  scenario.nodes.forEach((node, nodeIndex) => {
    node.choices.forEach((choice, choiceIndex) => {
      exits.push({
        nodeIndex,
        path: ['nodes', nodeIndex, 'choices', choiceIndex],
        codes: choice.codes,
        next: choice.next,
        routes: choice.routes,
      });
    });
    if (node.timeLimit) {
      const { next, routes, codes = [] } = node.timeLimit;
      exits.push({ nodeIndex, path: ['nodes', nodeIndex, 'timeLimit'], codes, next, routes });
    }
  });
  return exits;
}

/** False when some variable's range is empty (atLeast > atMost), so the route never fires. */
export function canHold(when: StateCondition | undefined): boolean {
  return Object.values(when ?? {}).every((range) => (range?.atLeast ?? 0) <= (range?.atMost ?? 100));
}

/**
 * The ids an exit can lead to, with the path of each `next`. With
 * `possibleOnly`, routes whose condition can never hold are left out.
 */
export function exitTargets(exit: NodeExit, possibleOnly = false): { target: string; path: DocumentPath }[] {
  const targets = exit.next === undefined ? [] : [{ target: exit.next, path: [...exit.path, 'next'] }];
  (exit.routes ?? []).forEach((route, i) => {
    if (!possibleOnly || canHold(route.when)) targets.push({ target: route.next, path: [...exit.path, 'routes', i, 'next'] });
  });
  return targets;
}

/** "node "x", choice "a"" or "node "x", time limit", for messages; built only when something is reported. */
export function exitOwner(scenario: Scenario, exit: NodeExit): string {
  const node = scenario.nodes[exit.nodeIndex];
  const choice = exit.path[2] === 'timeLimit' ? 'time limit' : `choice "${node?.choices[Number(exit.path[3])]?.id ?? ''}"`;
  return `node "${node?.id ?? ''}", ${choice}`;
}
