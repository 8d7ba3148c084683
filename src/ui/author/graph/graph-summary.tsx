import type { GraphLayout } from './graph-model';
import { OUTCOME_MARK } from './graph-node';

const MAX_LISTED = 12;
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

interface Props {
  layout: GraphLayout;
  stale: boolean;
  onReveal: (index: number) => void;
}

/**
 * The graph in words: counts, the problems it shows (each a button that
 * finds the box), and a legend that names every shape.
 */
export function GraphSummary({ layout, stale, onReveal }: Props) {
  const nodeCount = layout.nodes.filter((n) => n.kind === 'node').length;
  const endingCount = layout.nodes.length - nodeCount;
  const flagged = layout.nodes
    .map((node, index) => ({ node, index }))
    .filter(({ node }) => node.unreachable || node.deadEnd || node.brokenLinks.length > 0);
  const problem = (n: (typeof flagged)[number]['node']) =>
    [n.unreachable && 'unreachable', n.deadEnd && 'dead end', n.brokenLinks.length > 0 && `broken link to ${n.brokenLinks.join(', ')}`]
      .filter(Boolean)
      .join(', ');

  return (
    <div className="author-graph-summary">
      {stale && (
        <p className="notice" role="status">
          The file has errors that stop it being read, so this is the graph from the last time it could be. Fix the first error to update
          it.
        </p>
      )}
      <p>
        {plural(nodeCount, 'node')} and {plural(endingCount, 'ending')} in {plural(layout.lanes.length, 'lane')}.{' '}
        {flagged.length === 0 ? 'Every node is reachable and can reach an ending.' : `${plural(flagged.length, 'box', 'boxes')} flagged:`}
      </p>
      {flagged.length > 0 && (
        <ul className="author-graph-flagged" aria-label="Flagged boxes">
          {flagged.slice(0, MAX_LISTED).map(({ node, index }) => (
            <li key={node.id + index}>
              <button type="button" className="button button-small" onClick={() => onReveal(index)}>
                Show {node.id}
              </button>{' '}
              {problem(node)}
            </li>
          ))}
          {flagged.length > MAX_LISTED && <li>…and {flagged.length - MAX_LISTED} more (see the problems list).</li>}
        </ul>
      )}
      <details className="author-graph-legend">
        <summary>Legend</summary>
        <ul>
          <li>Rounded box: a node (a decision). ▶ marks the start; a small clock, a time limit.</li>
          <li>
            Pill: {OUTCOME_MARK.alliance} ending. Hexagon: {OUTCOME_MARK.partial}. Square corners: {OUTCOME_MARK.disengaged}. Octagon:{' '}
            {OUTCOME_MARK.escalated}.
          </li>
          <li>Dashed outline and ⚠: unreachable, a dead end (cannot reach an ending) or a broken link.</li>
          <li>Lanes are phases; columns count steps from the start.</li>
        </ul>
      </details>
    </div>
  );
}
