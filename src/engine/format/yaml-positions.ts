/**
 * Source positions for diagnostics without composing a `yaml` document.
 * createSourceLocator used to parse the whole file with the `yaml` library to
 * place a diagnostic (hundreds of ms on a large file). For text inside the
 * YAML fast path's subset, the fast reader records where every key, value
 * and item starts, and `locate` walks the path exactly as the `yaml`-based
 * locator does, reading the same positions the `yaml` library gives its
 * nodes: a mapping starts at its first key, a block sequence at its first
 * dash, a scalar at its first character (a quote, or a block scalar's > or |),
 * a flow collection at its bracket, an empty value "- " just after the dash
 * and its spaces; a key with nothing after the colon places the key itself.
 * Text outside the subset returns null (the caller uses `yaml`).
 * yaml-positions.test.ts compares every path of the fixtures with `yaml`.
 */
import type { DocumentPath, SourcePosition } from './make-diagnostic';
import { Reader } from './yaml-fast-path';
import { columnOf, EMPTY_VALUE, lineOf, type PositionRecorder } from './yaml-fast-flow';
import { BAIL, IMPLICIT, UNSUPPORTED_CHARS } from './yaml-fast-scalars';

class PositionIndex implements PositionRecorder {
  readonly starts = new Map<object, number>();
  readonly entries = new Map<object, Map<string, [number, number]>>();
  readonly items = new Map<unknown[], number[]>();

  container(node: object, at: number): void {
    this.starts.set(node, at);
  }

  entry(map: object, key: string, keyAt: number, valueAt: number): void {
    let entries = this.entries.get(map);
    if (!entries) this.entries.set(map, (entries = new Map()));
    entries.set(key, [keyAt, valueAt]);
  }

  item(seq: unknown[], at: number): void {
    let items = this.items.get(seq);
    if (!items) this.items.set(seq, (items = []));
    items.push(at);
  }
}

export type Locate = (path: DocumentPath, atKey?: boolean) => SourcePosition;

/** A locator for text in the fast path's subset, or null (use the `yaml` library). */
export function fastLocator(source: string): Locate | null {
  if (!IMPLICIT || !source.endsWith('\n') || UNSUPPORTED_CHARS.test(source)) return null;
  const index = new PositionIndex();
  let root: Record<string, unknown>;
  try {
    root = new Reader(source, index).document();
  } catch (error) {
    if (error === BAIL) return null;
    throw error;
  }
  const rootAt = index.starts.get(root)!;
  return (path, atKey = false) => {
    let best = rootAt;
    let node: unknown = root;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      if (Array.isArray(node) && typeof segment === 'number') {
        // As the yaml locator: an index past the end stops the walk at the sequence.
        if (!(Number.isInteger(segment) && segment >= 0 && segment < node.length)) break;
        best = index.items.get(node)![segment]!;
        node = node[segment];
        continue;
      }
      const entry = typeof node === 'object' && node !== null ? index.entries.get(node)?.get(String(segment)) : undefined;
      if (!entry) break;
      if ((i === path.length - 1 && atKey) || entry[1] === EMPTY_VALUE) {
        best = entry[0];
        break;
      }
      best = entry[1];
      node = (node as Record<string, unknown>)[String(segment)];
    }
    return { line: lineOf(best) + 1, col: columnOf(best) + 1 };
  };
}
