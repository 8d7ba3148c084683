import { memo } from 'react';
import { COLUMN_GAP, NODE_HEIGHT as H, NODE_WIDTH as W, ROW_GAP, type GraphEdge, type GraphNode } from './graph-model';

/**
 * A curve from the right side of one box to the left side of another. An
 * arrow that skips columns arcs above the row, so it does not run behind the
 * boxes in between and look like it starts there; arrows back swing below.
 */
function edgePath(a: GraphNode, b: GraphNode): string {
  const x1 = a.x + W;
  const y1 = a.y + H / 2;
  const x2 = b.x;
  const y2 = b.y + H / 2;
  if (x2 > x1) {
    const span = x2 - x1;
    if (span <= COLUMN_GAP + 1 || Math.abs(y2 - y1) > H) {
      const bend = Math.min(60, span / 2);
      return `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
    }
    const top = Math.min(a.y, b.y) - Math.min(ROW_GAP + 20, 8 + span / 40);
    return `M${x1},${y1} C${x1 + 30},${top} ${x2 - 30},${top} ${x2},${y2}`;
  }
  const drop = Math.max(a.y, b.y) + H + 14;
  return `M${x1},${y1} C${x1 + 40},${drop} ${x2 - 40},${drop} ${x2},${y2}`;
}

interface Props {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  indices: readonly number[];
  highlight: number | null;
}

/** The arrows on screen; arrows out of the focused node are drawn heavier. */
export const GraphEdges = memo(function GraphEdges({ nodes, edges, indices, highlight }: Props) {
  return (
    <g className="graph-edges" aria-hidden="true">
      {indices.map((i) => {
        const edge = edges[i];
        const a = edge && nodes[edge.from];
        const b = edge && nodes[edge.to];
        if (!edge || !a || !b) return null;
        const hot = highlight !== null && (edge.from === highlight || edge.to === highlight);
        return (
          <path key={i} d={edgePath(a, b)} className={hot ? 'graph-edge graph-edge-hot' : 'graph-edge'} markerEnd="url(#graph-arrow)" />
        );
      })}
    </g>
  );
});
