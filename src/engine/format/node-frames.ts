/**
 * The nodes js-yaml composes while it reads a document, from its `listener`
 * (an "open" and a "close" event around each): node-positions.ts turns them
 * into source positions for diagnostics.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import type { LoadOptions } from 'js-yaml';

/**
 * The composed nodes in the order js-yaml opened them (so a node's children
 * follow it, up to `end`): where each opened and closed, and its value.
 * Flat arrays rather than an object per node: a 1,000-node file has some
 * 100,000 nodes, and the garbage of a tree of them was a third of the cost.
 */
export interface Frames {
  open: number[];
  close: number[];
  result: unknown[];
  /** The index just past the node's last descendant. */
  end: number[];
}

/** The children of node `i`. */
export function kidsOf(frames: Frames, i: number): number[] {
  const kids: number[] = [];
  for (let j = i + 1; j < frames.end[i]!; j = frames.end[j]!) kids.push(j);
  return kids;
}

function countKids(frames: Frames, i: number): number {
  let count = 0;
  for (let j = i + 1; j < frames.end[i]!; j = frames.end[j]!) count++;
  return count;
}

export type Listener = NonNullable<LoadOptions['listener']>;

/**
 * Records the nodes of one js-yaml read of `source` through `listener`.
 * `frames()`: undefined until a read has finished; null when they cannot be
 * matched to the data (an empty "-" item).
 */
export function recordFrames(source: string): { listener: Listener; frames: () => Frames | null | undefined } {
  const frames: Frames = { open: [], close: [], result: [], end: [] };
  const stack: number[] = [];
  let emptyItem = false;
  const alias = /\s*\*/y;
  const listener: Listener = (event, state) => {
    if (event === 'open') {
      stack.push(frames.open.length);
      frames.open.push(state.position);
      frames.close.push(-1);
      frames.result.push(undefined);
      frames.end.push(-1);
      return;
    }
    const i = stack.pop()!;
    const result: unknown = state.result;
    frames.close[i] = state.position;
    frames.result[i] = result;
    frames.end[i] = frames.open.length;
    // An empty "-" item has no node, and after one js-yaml takes the next dash as an item whatever its indentation.
    if (Array.isArray(result) && result.length > 0 && countKids(frames, i) < result.length) {
      alias.lastIndex = frames.open[i]!;
      if (!alias.test(source)) emptyItem = true;
    }
  };
  return {
    listener,
    frames: () => (stack.length > 0 || frames.open.length === 0 ? undefined : emptyItem ? null : frames),
  };
}

/** The nodes of `source` from a read of its own, or null if js-yaml rejects it or they cannot be matched to the data. */
export function readFrames(source: string): Frames | null {
  const recorder = recordFrames(source);
  try {
    load(source, { schema: CORE_SCHEMA, listener: recorder.listener });
  } catch {
    return null;
  }
  return recorder.frames() ?? null;
}

/**
 * js-yaml reads a block node by first trying it as a mapping, which composes
 * a scalar or flow value one level down; that inner node is the node.
 */
export function unwrap(frames: Frames, i: number): number {
  let node = i;
  while (
    frames.end[node] === frames.end[node + 1] &&
    node + 1 < frames.end[node]! &&
    Object.is(frames.result[node + 1], frames.result[node])
  )
    node++;
  return node;
}
