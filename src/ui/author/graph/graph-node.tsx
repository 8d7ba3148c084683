import type { KeyboardEvent } from 'react';
import type { OutcomeClass } from '../../../engine/trainee';
import { NODE_HEIGHT as H, NODE_WIDTH as W, type GraphNode } from './graph-model';

/** Endings differ by shape and a written label as well as colour. */
export const OUTCOME_MARK: Record<OutcomeClass, string> = {
  alliance: '✓ alliance',
  partial: '◐ partial',
  disengaged: '↘ disengaged',
  escalated: '! escalated',
};

const OCTAGON = `12,0 ${W - 12},0 ${W},12 ${W},${H - 12} ${W - 12},${H} 12,${H} 0,${H - 12} 0,12`;
const HEXAGON = `14,0 ${W - 14},0 ${W},${H / 2} ${W - 14},${H} 14,${H} 0,${H / 2}`;

function Shape({ node }: { node: GraphNode }) {
  if (node.kind === 'node') return <rect className="graph-shape" width={W} height={H} rx={8} />;
  switch (node.outcome) {
    case 'escalated':
      return <polygon className="graph-shape" points={OCTAGON} />;
    case 'partial':
      return <polygon className="graph-shape" points={HEXAGON} />;
    default:
      return <rect className="graph-shape" width={W} height={H} rx={node.outcome === 'alliance' ? H / 2 : 4} />;
  }
}

/** A time limit, drawn (emoji clocks are missing from many system fonts). */
function ClockIcon() {
  return (
    <g className="graph-clock" transform={`translate(${W - 16} 12)`}>
      <circle r={6.5} />
      <path d="M0,-3.5 V0 H3" />
    </g>
  );
}

/** The problems and markers of a node, in words (shown and read out). */
export function nodeFlags(node: GraphNode): string[] {
  const flags: string[] = [];
  if (node.isStart) flags.push('start');
  if (node.timed) flags.push('timed');
  if (node.unreachable) flags.push('unreachable');
  if (node.deadEnd) flags.push('dead end');
  if (node.brokenLinks.length > 0) flags.push(`broken link to ${node.brokenLinks.join(', ')}`);
  return flags;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

interface Props {
  node: GraphNode;
  index: number;
  onActivate: (node: GraphNode) => void;
  onFocusNode: (index: number | null) => void;
}

export function GraphNodeView({ node, index, onActivate, onFocusNode }: Props) {
  const flags = nodeFlags(node);
  const problem = node.unreachable || node.deadEnd || node.brokenLinks.length > 0;
  const kind = node.kind === 'ending' ? `Ending, ${node.outcome}` : 'Node';
  const where = node.line > 0 ? `line ${node.line}` : 'line unknown';
  const second = problem
    ? `⚠ ${flags.filter((f) => f !== 'start' && f !== 'timed').join(', ')}`
    : node.kind === 'ending' && node.outcome
      ? OUTCOME_MARK[node.outcome]
      : node.label;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate(node);
    }
  };
  const classes = [
    'graph-node',
    `graph-${node.kind}`,
    node.outcome ? `graph-outcome-${node.outcome}` : '',
    problem ? 'graph-problem' : '',
    node.isStart ? 'graph-start' : '',
  ];
  return (
    <g
      transform={`translate(${node.x} ${node.y})`}
      className={classes.filter(Boolean).join(' ')}
      role="button"
      tabIndex={0}
      data-index={index}
      aria-label={`${kind} ${node.id}${flags.length ? ` (${flags.join(', ')})` : ''}: ${node.label}. Go to ${where}.`}
      onClick={() => onActivate(node)}
      onKeyDown={onKeyDown}
      onFocus={() => onFocusNode(index)}
      onBlur={() => onFocusNode(null)}
    >
      <title>{`${node.id}: ${node.label}`}</title>
      <Shape node={node} />
      <text x={W / 2} y={22} className="graph-node-id" textAnchor="middle">
        {node.isStart ? '▶ ' : ''}
        {clip(node.id, 20)}
      </text>
      {node.timed && <ClockIcon />}
      <text x={W / 2} y={41} className="graph-node-label" textAnchor="middle">
        {clip(second, 24)}
      </text>
    </g>
  );
}
