import { NODE_HEIGHT, NODE_WIDTH, type GraphEdge, type GraphNode } from './graph-model';

export interface Viewport {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Extra space drawn around the viewport so short scrolls show no blank edge. */
export const OVERSCAN = 240;

function overlaps(v: Viewport, x1: number, y1: number, x2: number, y2: number): boolean {
  return x2 >= v.left - OVERSCAN && x1 <= v.left + v.width + OVERSCAN && y2 >= v.top - OVERSCAN && y1 <= v.top + v.height + OVERSCAN;
}

/**
 * Indices of the nodes and edges to draw: only what is on (or near) screen,
 * plus the node that has keyboard focus, so a 1,000-node graph costs about
 * as much as a 50-node one.
 */
export function visibleItems(nodes: readonly GraphNode[], edges: readonly GraphEdge[], viewport: Viewport, keep: number | null) {
  const nodeIndices: number[] = [];
  nodes.forEach((n, i) => {
    if (i === keep || overlaps(viewport, n.x, n.y, n.x + NODE_WIDTH, n.y + NODE_HEIGHT)) nodeIndices.push(i);
  });
  const edgeIndices: number[] = [];
  edges.forEach((e, i) => {
    const a = nodes[e.from];
    const b = nodes[e.to];
    if (!a || !b) return;
    const x1 = Math.min(a.x, b.x);
    const x2 = Math.max(a.x, b.x) + NODE_WIDTH;
    const y1 = Math.min(a.y, b.y);
    const y2 = Math.max(a.y, b.y) + NODE_HEIGHT;
    if (overlaps(viewport, x1, y1, x2, y2)) edgeIndices.push(i);
  });
  return { nodeIndices, edgeIndices };
}
