/**
 * Where each node of a YAML document starts, read with js-yaml's `listener`
 * (node-frames.ts), so placing diagnostics costs one more js-yaml read
 * (about 1.4 times a plain load) instead of a `yaml` parse, ten to twenty
 * times one (150 to 300 ms on a 1,000-node file, too slow for diagnostics as
 * the author types). The positions follow the
 * `yaml` library's rules: a mapping starts at its first key, a block
 * sequence at its first dash, a scalar at its first character, a flow
 * collection at its bracket, and a key with nothing after the colon places
 * the key itself. Where the events cannot be matched to the data with
 * certainty (empty "-" items, pairs inside flow sequences, explicit "?" keys,
 * a document js-yaml rejects), `locate` returns null and the caller asks
 * `yaml`. node-positions.test.ts compares both on every path of the fixtures.
 */
import type { DocumentPath } from './make-diagnostic';
import { kidsOf, unwrap } from './node-frames';
import type { Frames } from './node-frames';

/** The character offset a path leads to, or null when unsure (ask `yaml`). */
export type LocateOffset = (path: DocumentPath, atKey: boolean) => number | null;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

/** Answers paths into `source` from its nodes as js-yaml read them (node-frames.ts). */
export function createOffsetLocator(source: string, frames: Frames): LocateOffset {
  const { open, close, result } = frames;

  /** Past spaces, line breaks and comments: where a node's own text begins. */
  const contentAt = (from: number): number => {
    let i = from;
    for (;;) {
      while (isSpace(source[i])) i++;
      if (source[i] === '#') while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
      if (source[i] === '\n' || source[i] === '\r') i++;
      else return i;
    }
  };
  /** Past an anchor (&name) or tag (!type) too: `yaml` places a node at its value. */
  const nodeAt = (from: number): number => {
    let i = contentAt(from);
    while (source[i] === '&' || source[i] === '!') {
      while (i < source.length && !/[\s,[\]{}]/.test(source[i]!)) i++;
      i = contentAt(i);
    }
    return i;
  };
  const isEmpty = (i: number) => nodeAt(open[i]!) >= close[i]!;
  const colonAfter = (key: number) => {
    let i = close[key]!;
    while (isSpace(source[i])) i++;
    return source[i] === ':';
  };

  /** A mapping's key and value nodes for `segment` (value null: nothing written), undefined if absent, null if unsure. */
  function findPair(node: number, segment: string | number): { key: number; value: number | null } | null | undefined {
    const name = String(segment);
    const kids = kidsOf(frames, node);
    for (let k = 0; k < kids.length; ) {
      const key = kids[k]!;
      if (source[open[key]! - 1] === '?') return null;
      const hasValue = colonAfter(key);
      const value = hasValue ? (kids[k + 1] ?? null) : null;
      if (hasValue && value === null) return null;
      const keyValue = result[key];
      if ((typeof keyValue !== 'object' || keyValue === null) && String(keyValue) === name) return { key, value };
      k += hasValue ? 2 : 1;
    }
    return undefined;
  }

  return (path, atKey) => {
    let node: number | null = unwrap(frames, 0);
    // An empty document: `yaml` has no node and answers the first character.
    let best = isEmpty(node) ? 0 : nodeAt(open[node]!);
    for (let index = 0; index < path.length; index++) {
      if (node === null) break;
      const segment = path[index]!;
      const value: unknown = result[node];
      // An alias: `yaml` does not follow it either.
      if (source[nodeAt(open[node]!)] === '*') break;
      if (Array.isArray(value)) {
        if (typeof segment !== 'number') break;
        const items = kidsOf(frames, node);
        if (items.length !== value.length) return null;
        const item = Number.isInteger(segment) ? items[segment] : undefined;
        node = item === undefined ? null : unwrap(frames, item);
        if (node !== null) best = nodeAt(open[node]!);
        continue;
      }
      if (typeof value !== 'object' || value === null) break;
      const pair = findPair(node, segment);
      if (pair === null) return null;
      if (!pair) break;
      if ((index === path.length - 1 && atKey) || pair.value === null || isEmpty(pair.value)) {
        best = nodeAt(open[pair.key]!);
        break;
      }
      node = unwrap(frames, pair.value);
      best = nodeAt(open[node]!);
    }
    return best;
  };
}
