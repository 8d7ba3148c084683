import type { Route, Scenario } from '../../../engine/trainee';
import { ENDINGS_LANE, type GraphEdge, type GraphNode } from './graph-model';
import { findIdLines } from './node-lines';

const LABEL_LENGTH = 60;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > LABEL_LENGTH ? `${flat.slice(0, LABEL_LENGTH - 1)}…` : flat;
}

function targetsOf(branch: { next?: string; routes?: Route[] } | undefined): string[] {
  if (!branch) return [];
  return branch.routes && branch.routes.length > 0 ? branch.routes.map((r) => r.next) : branch.next ? [branch.next] : [];
}

/** Breadth-first order from `roots` over `adjacency`; depth per index, -1 where not reached. */
export function bfsDepths(
  count: number,
  adjacency: number[][],
  roots: number[],
  depth = new Array<number>(count).fill(-1),
  base = 0,
): number[] {
  const queue: number[] = [];
  for (const root of roots) {
    if (depth[root] !== -1) continue;
    depth[root] = base;
    queue.push(root);
  }
  for (let head = 0; head < queue.length; head += 1) {
    const at = queue[head] as number;
    for (const next of adjacency[at] ?? []) {
      if (depth[next] === -1) {
        depth[next] = (depth[at] as number) + 1;
        queue.push(next);
      }
    }
  }
  return depth;
}

export interface BuiltGraph {
  nodes: Omit<GraphNode, 'x' | 'y'>[];
  edges: GraphEdge[];
  /** BFS depth from start; unreachable nodes continue after the deepest reachable one. */
  depth: number[];
}

/**
 * Nodes, edges and the flags an author needs (unreachable, dead end, broken
 * link), from a scenario that has the right shape (it may still have graph
 * errors; showing them is the point).
 */
export function buildGraph(scenario: Scenario, source: string): BuiltGraph {
  const lines = findIdLines(
    source,
    scenario.nodes.map((n) => n.id),
    scenario.endings.map((e) => e.id),
  );
  const index = new Map<string, number>();
  const nodes: BuiltGraph['nodes'] = [];
  const add = (node: BuiltGraph['nodes'][number]) => {
    if (!index.has(node.id)) index.set(node.id, nodes.length);
    nodes.push(node);
  };
  const base = () => ({ line: 0, isStart: false, unreachable: false, deadEnd: false, brokenLinks: [] as string[] });
  for (const n of scenario.nodes) {
    add({
      ...base(),
      id: n.id,
      kind: 'node',
      lane: n.phase,
      outcome: null,
      label: shorten(n.patient.text),
      timed: Boolean(n.timeLimit),
      isStart: n.id === scenario.start,
      line: lines.get(n.id) ?? 0,
    });
  }
  for (const e of scenario.endings) {
    add({
      ...base(),
      id: e.id,
      kind: 'ending',
      lane: e.phase ?? ENDINGS_LANE,
      outcome: e.outcome,
      label: shorten(e.title),
      timed: false,
      line: lines.get(e.id) ?? 0,
    });
  }

  const forward: number[][] = nodes.map(() => []);
  const backward: number[][] = nodes.map(() => []);
  const edges: GraphEdge[] = [];
  scenario.nodes.forEach((n, from) => {
    const seen = new Set<number>();
    const targets = [...n.choices.flatMap((c) => targetsOf(c)), ...targetsOf(n.timeLimit)];
    for (const target of targets) {
      const to = index.get(target);
      if (to === undefined) {
        if (!nodes[from]?.brokenLinks.includes(target)) nodes[from]?.brokenLinks.push(target);
        continue;
      }
      if (seen.has(to)) continue;
      seen.add(to);
      edges.push({ from, to });
      forward[from]?.push(to);
      backward[to]?.push(from);
    }
  });

  const start = index.get(scenario.start);
  const depth = bfsDepths(nodes.length, forward, start === undefined ? [] : [start]);
  const deepest = Math.max(0, ...depth);
  // Unreachable parts still get an order: their own BFS, placed after the reachable ones.
  nodes.forEach((node, i) => {
    node.unreachable = depth[i] === -1;
  });
  for (let i = 0; i < nodes.length; i += 1) if (depth[i] === -1) bfsDepths(nodes.length, forward, [i], depth, deepest + 1);

  const endings = nodes.flatMap((n, i) => (n.kind === 'ending' ? [i] : []));
  const finishing = bfsDepths(nodes.length, backward, endings);
  nodes.forEach((node, i) => {
    if (node.kind === 'node' && finishing[i] === -1) node.deadEnd = true;
  });
  return { nodes, edges, depth };
}
