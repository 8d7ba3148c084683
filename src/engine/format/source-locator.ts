import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { DocumentPath, SourcePosition } from './make-diagnostic';
import { positionAt } from './make-diagnostic';
import { readFrames, recordFrames, type Listener } from './node-frames';
import { createOffsetLocator, type LocateOffset } from './node-positions';

/** Finds where a document path sits in the source text. */
export interface SourceLocator {
  /**
   * Position of the value at `path`, or of its key when `atKey` (unknown
   * fields point at the field name). A path that does not exist (a missing
   * field) resolves to the nearest enclosing node that does.
   */
  locate: (path: DocumentPath, atKey?: boolean) => SourcePosition;
  /**
   * With `recordWhileReading`: a js-yaml listener for the one read of the
   * source (readYaml), so placing diagnostics need not read it again.
   */
  readonly listener?: Listener;
}

export interface LocatorOptions {
  /** Worth it where diagnostics are likely and wanted fast (the checker): costs about a third of a read on every file. */
  recordWhileReading?: boolean;
}

const FIRST: SourcePosition = { line: 1, col: 1 };

type Located = { range?: [number, number, number] | null } | null | undefined;

function findPair(node: Node, segment: string | number): Pair<unknown, unknown> | undefined {
  if (!isMap(node)) return undefined;
  const key = String(segment);
  return node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
}

/**
 * Where diagnostics go. Positions come from js-yaml's nodes (node-frames.ts,
 * node-positions.ts), recorded while the source was read or else read on the
 * first call, so a file with nothing to report costs little or nothing here.
 * Where those are unsure, from the `yaml` library's syntax tree, which is
 * exact but ten to twenty times slower on a large file (a few hundred ms at
 * 1,000 nodes).
 */
export function createSourceLocator(source: string, options: LocatorOptions = {}): SourceLocator {
  const recorder = options.recordWhileReading ? recordFrames(source) : null;
  let offsets: LocateOffset | null | undefined;
  const exact = yamlSourceLocator(source);
  return {
    listener: recorder?.listener,
    locate(path, atKey = false) {
      if (offsets === undefined) {
        const recorded = recorder?.frames();
        const frames = recorded === undefined ? readFrames(source) : recorded;
        offsets = frames && createOffsetLocator(source, frames);
      }
      const offset = offsets?.(path, atKey) ?? null;
      return offset === null ? exact.locate(path, atKey) : positionAt(source, offset);
    },
  };
}

/** A locator over the `yaml` library's syntax tree (parsed on the first call). */
export function yamlSourceLocator(source: string): SourceLocator {
  let parsed: { contents: unknown; lines: LineCounter } | null = null;
  const load = () => {
    if (!parsed) {
      const lines = new LineCounter();
      const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
      parsed = { contents: doc.contents, lines };
    }
    return parsed;
  };
  return {
    locate(path, atKey = false) {
      const { contents, lines } = load();
      let best: Located = contents as Located;
      let node = contents as Node | null;
      for (const [index, segment] of path.entries()) {
        if (!node) break;
        const last = index === path.length - 1;
        if (isSeq(node) && typeof segment === 'number') {
          node = (node.items[segment] as Node | undefined) ?? null;
          if (node) best = node;
          continue;
        }
        const pair = findPair(node, segment);
        if (!pair) break;
        const value = pair.value as Node | null;
        if ((last && atKey) || !value?.range || value.range[0] === value.range[1]) {
          best = pair.key as Located;
          break;
        }
        best = value;
        node = value;
      }
      const offset = best?.range?.[0];
      return offset === undefined ? FIRST : lines.linePos(offset);
    },
  };
}
