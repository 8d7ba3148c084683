import { memo, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { GraphEdges } from './graph-edges';
import { LANE_HEADER, NODE_HEIGHT, NODE_WIDTH, type GraphLayout, type GraphNode } from './graph-model';
import { GraphNodeView } from './graph-node';
import { GraphSummary } from './graph-summary';
import { useViewport } from './use-viewport';
import { visibleItems } from './visible-items';

interface Props {
  layout: GraphLayout;
  /** The text has changed into something that does not parse; this is the last graph that did. */
  stale: boolean;
  /** Moves the editor to the node's source line. */
  onOpenNode: (node: GraphNode) => void;
}

/**
 * The scenario as boxes and arrows: phases as lanes, columns by distance
 * from the start. Only what is on screen is drawn (see visibleItems), so a
 * 1,000-node scenario scrolls as smoothly as a small one. Every box is a
 * button: click or Enter jumps to its line in the editor.
 */
export const GraphView = memo(function GraphView({ layout, stale, onOpenNode }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [viewport, remeasure] = useViewport(scroller);
  const [focused, setFocused] = useState<number | null>(null);
  /** A node being revealed: kept drawn, and focused once it is. */
  const [revealed, setRevealed] = useState<number | null>(null);
  const pendingFocus = useRef<number | null>(null);
  const [query, setQuery] = useState('');
  const [findError, setFindError] = useState<string | null>(null);
  const { nodes, edges, lanes } = layout;
  const { nodeIndices, edgeIndices } = useMemo(
    () => visibleItems(nodes, edges, viewport, focused ?? revealed),
    [nodes, edges, viewport, focused, revealed],
  );

  useEffect(() => {
    if (pendingFocus.current === null) return;
    const el = scroller.current?.querySelector<SVGGElement>(`[data-index="${pendingFocus.current}"]`);
    if (!el) return;
    pendingFocus.current = null;
    el.focus();
  }, [revealed, nodeIndices]);

  /** Scrolls a node into the middle of the view and gives it focus. */
  const reveal = (index: number) => {
    const el = scroller.current;
    const node = nodes[index];
    if (!el || !node) return;
    el.scrollLeft = Math.max(0, node.x + NODE_WIDTH / 2 - viewport.width / 2);
    el.scrollTop = Math.max(0, node.y + NODE_HEIGHT / 2 - viewport.height / 2);
    remeasure();
    setRevealed(index);
    const drawn = el.querySelector<SVGGElement>(`[data-index="${index}"]`);
    if (drawn) drawn.focus();
    else pendingFocus.current = index;
  };

  const find = (event: FormEvent) => {
    event.preventDefault();
    const wanted = query.trim();
    const index = nodes.findIndex((n) => n.id === wanted);
    if (index === -1) {
      setFindError(wanted ? `No node or ending has the id “${wanted}”.` : 'Type a node or ending id.');
      return;
    }
    setFindError(null);
    reveal(index);
  };

  return (
    <div className="author-graph">
      <GraphSummary layout={layout} stale={stale} onReveal={reveal} />
      <form className="author-graph-find" onSubmit={find}>
        <label htmlFor="author-graph-find-input">Find a node</label>
        <input
          id="author-graph-find-input"
          type="text"
          list="author-graph-ids"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby={findError ? 'author-graph-find-error' : undefined}
        />
        <datalist id="author-graph-ids">
          {nodes.map((n) => (
            <option key={n.id} value={n.id} />
          ))}
        </datalist>
        <button type="submit" className="button button-small">
          Show
        </button>
        {findError && (
          <span id="author-graph-find-error" className="author-error-text" role="alert">
            {findError}
          </span>
        )}
      </form>
      <div
        ref={scroller}
        className={stale ? 'author-graph-scroll author-graph-stale' : 'author-graph-scroll'}
        // Small graphs get a small box; large ones scroll inside 30rem.
        style={{ height: `min(30rem, ${layout.height + 24}px)` }}
        data-testid="graph-scroll"
      >
        <svg
          width={layout.width}
          height={layout.height}
          role="group"
          aria-label="Scenario graph: each box goes to its line in the editor"
          className="author-graph-svg"
        >
          <defs>
            <marker id="graph-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="graph-arrow-head" />
            </marker>
          </defs>
          {lanes.map((lane, i) => (
            <g key={lane.id} aria-hidden="true">
              <rect
                x={lane.x}
                y={0}
                width={lane.width}
                height={layout.height}
                className={i % 2 ? 'graph-lane graph-lane-alt' : 'graph-lane'}
              />
              <text
                x={Math.max(lane.x, Math.min(viewport.left, lane.x + lane.width - 160)) + 12}
                y={LANE_HEADER / 2 + 6}
                className="graph-lane-title"
              >
                {lane.title}
              </text>
            </g>
          ))}
          <GraphEdges nodes={nodes} edges={edges} indices={edgeIndices} highlight={focused} />
          {nodeIndices.map((i) => (
            <GraphNodeView key={nodes[i]!.id + i} node={nodes[i]!} index={i} onActivate={onOpenNode} onFocusNode={setFocused} />
          ))}
        </svg>
      </div>
    </div>
  );
});
