import type { Phase } from '../../../engine/trainee';
import type { BuiltGraph } from './build-graph';
import {
  COLUMN_GAP,
  ENDINGS_LANE,
  LANE_HEADER,
  LANE_PADDING,
  NODE_HEIGHT,
  NODE_WIDTH,
  ROW_GAP,
  type GraphLane,
  type GraphLayout,
  type GraphNode,
} from './graph-model';

/**
 * A simple layered layout: one lane (column group) per phase, in the order
 * the scenario lists them; inside a lane, one column per BFS depth from the
 * start (compressed, so a lane has no empty columns), nodes stacked in BFS
 * order. Linear in nodes + edges, so a 1,000-node file lays out in
 * milliseconds.
 */
export function layoutGraph(built: BuiltGraph, phases: readonly Phase[]): GraphLayout {
  const laneIds = phases.map((p) => p.id);
  const titles = new Map(phases.map((p) => [p.id, p.title]));
  for (const node of built.nodes) if (!laneIds.includes(node.lane)) laneIds.push(node.lane);
  // Endings without a phase go last, whatever order they were met in.
  if (laneIds.includes(ENDINGS_LANE)) laneIds.push(...laneIds.splice(laneIds.indexOf(ENDINGS_LANE), 1));

  const byLane = new Map<string, number[]>(laneIds.map((id) => [id, []]));
  const order = built.nodes.map((_, i) => i).sort((a, b) => (built.depth[a] ?? 0) - (built.depth[b] ?? 0) || a - b);
  for (const i of order) byLane.get(built.nodes[i]!.lane)?.push(i);

  const positions: { x: number; y: number }[] = built.nodes.map(() => ({ x: 0, y: 0 }));
  const lanes: GraphLane[] = [];
  let x = 0;
  let maxRows = 1;
  for (const id of laneIds) {
    const members = byLane.get(id) ?? [];
    const columns = new Map<number, number[]>();
    for (const i of members) {
      const depth = built.depth[i] ?? 0;
      const column = columns.get(depth) ?? [];
      column.push(i);
      columns.set(depth, column);
    }
    const columnList = [...columns.values()];
    columnList.forEach((column, c) => {
      maxRows = Math.max(maxRows, column.length);
      column.forEach((i, row) => {
        positions[i] = {
          x: x + LANE_PADDING + c * (NODE_WIDTH + COLUMN_GAP),
          y: LANE_HEADER + LANE_PADDING + row * (NODE_HEIGHT + ROW_GAP),
        };
      });
    });
    const width = LANE_PADDING * 2 + Math.max(1, columnList.length) * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP;
    const title = id === ENDINGS_LANE ? 'Endings' : (titles.get(id) ?? `${id} (not a listed phase)`);
    lanes.push({ id, title, x, width });
    x += width;
  }
  const nodes: GraphNode[] = built.nodes.map((node, i) => ({ ...node, ...positions[i]! }));
  const height = LANE_HEADER + LANE_PADDING * 2 + maxRows * (NODE_HEIGHT + ROW_GAP) - ROW_GAP;
  return { nodes, edges: built.edges, lanes, width: x, height };
}
