import type { OutcomeClass } from '../../../engine/trainee';

/**
 * The scenario graph as the Author page draws it: positions are computed in
 * the validation worker, so the page only has to paint what is on screen.
 * Everything here is plain data (it crosses postMessage).
 */
export interface GraphNode {
  id: string;
  kind: 'node' | 'ending';
  /** The lane it sits in (a phase id, or the lane for endings without one). */
  lane: string;
  outcome: OutcomeClass | null;
  /** 1-based line of its `id:` in the source, or 0 when it could not be found. */
  line: number;
  /** The patient's line (nodes) or the title (endings), shortened. */
  label: string;
  x: number;
  y: number;
  isStart: boolean;
  timed: boolean;
  /** No choice, route or time limit leads here from start. */
  unreachable: boolean;
  /** A node from which no ending can be reached. */
  deadEnd: boolean;
  /** `next:` targets that name nothing. */
  brokenLinks: string[];
}

/** An arrow between two nodes, by index into GraphLayout.nodes. */
export interface GraphEdge {
  from: number;
  to: number;
}

export interface GraphLane {
  id: string;
  title: string;
  x: number;
  width: number;
}

export interface GraphLayout {
  nodes: GraphNode[];
  edges: GraphEdge[];
  lanes: GraphLane[];
  width: number;
  height: number;
}

/** Geometry, in SVG user units (= CSS pixels). */
export const NODE_WIDTH = 176;
export const NODE_HEIGHT = 56;
export const COLUMN_GAP = 44;
export const ROW_GAP = 18;
export const LANE_PADDING = 16;
export const LANE_HEADER = 40;

/** Lane for endings that name no phase. */
export const ENDINGS_LANE = '(endings)';
