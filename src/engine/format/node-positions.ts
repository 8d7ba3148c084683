/**
 * Where each node of a YAML document starts, read with js-yaml's `listener`
 * (an "open" and a "close" event around every node it composes), so placing
 * diagnostics costs one more js-yaml read, about twice a plain load, instead
 * of a `yaml` parse, ten to twenty times one (150 to 300 ms on a 1,000-node
 * file, too slow for diagnostics as the author types). The positions follow the
 * `yaml` library's rules: a mapping starts at its first key, a block
 * sequence at its first dash, a scalar at its first character, a flow
 * collection at its bracket, and a key with nothing after the colon places
 * the key itself. Where the events cannot be matched to the data with
 * certainty (empty "-" items, pairs inside flow sequences, explicit "?" keys,
 * a document js-yaml rejects), `locate` returns null and the caller asks
 * `yaml`. node-positions.test.ts compares both on every path of the fixtures.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import type { DocumentPath } from './make-diagnostic';

/** One composed node: where js-yaml opened and closed it, its value, and the nodes inside it. */
interface Frame {
  open: number;
  close: number;
  result: unknown;
  kids: Frame[];
}

/** The character offset a path leads to, or null when unsure (ask `yaml`). */
export type LocateOffset = (path: DocumentPath, atKey: boolean) => number | null;

function readFrames(source: string): Frame | null {
  const root: Frame = { open: 0, close: 0, result: undefined, kids: [] };
  const stack: Frame[] = [root];
  let emptyItem = false;
  const alias = /\s*\*/y;
  const isAlias = (frame: Frame) => {
    alias.lastIndex = frame.open;
    return alias.test(source);
  };
  try {
    load(source, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          const frame: Frame = { open: state.position, close: -1, result: undefined, kids: [] };
          stack.at(-1)!.kids.push(frame);
          stack.push(frame);
        } else {
          const frame = stack.pop()!;
          frame.close = state.position;
          frame.result = state.result;
          // An empty "-" item has no frame, and after one js-yaml takes the next dash as an item whatever its indentation.
          if (Array.isArray(frame.result) && frame.kids.length < frame.result.length && !isAlias(frame)) emptyItem = true;
        }
      },
    });
  } catch {
    return null;
  }
  return emptyItem ? null : (root.kids[0] ?? null);
}

/**
 * js-yaml reads a block node by first trying it as a mapping, which composes
 * a scalar or flow value one level down; that inner frame is the node.
 */
function unwrap(frame: Frame): Frame {
  let node = frame;
  while (node.kids.length === 1 && Object.is(node.kids[0]!.result, node.result)) node = node.kids[0]!;
  return node;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

export function createOffsetLocator(source: string): LocateOffset | null {
  const root = readFrames(source);
  if (!root) return null;

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
  const isEmpty = (frame: Frame) => nodeAt(frame.open) >= frame.close;
  const colonAfter = (key: Frame) => {
    let i = key.close;
    while (isSpace(source[i])) i++;
    return source[i] === ':';
  };

  /** A mapping's key and value frames for `segment` (value null: nothing written), or undefined. */
  function findPair(node: Frame, segment: string | number): { key: Frame; value: Frame | null } | null | undefined {
    const key = String(segment);
    const kids = node.kids;
    for (let i = 0; i < kids.length; ) {
      const k = kids[i]!;
      if (source[k.open - 1] === '?') return null;
      const hasValue = colonAfter(k);
      const value = hasValue ? (kids[i + 1] ?? null) : null;
      if (hasValue && !value) return null;
      if ((typeof k.result !== 'object' || k.result === null) && String(k.result) === key) return { key: k, value };
      i += hasValue ? 2 : 1;
    }
    return undefined;
  }

  return (path, atKey) => {
    let node: Frame | null = unwrap(root);
    // An empty document: `yaml` has no node and answers the first character.
    let best = isEmpty(node) ? 0 : nodeAt(node.open);
    for (let index = 0; index < path.length; index++) {
      if (!node) break;
      const segment = path[index]!;
      const result: unknown = node.result;
      // An alias: `yaml` does not follow it either.
      if (source[nodeAt(node.open)] === '*') break;
      if (Array.isArray(result)) {
        if (typeof segment !== 'number') break;
        if (node.kids.length !== result.length) return null;
        const item: Frame | undefined = Number.isInteger(segment) ? node.kids[segment] : undefined;
        node = item ? unwrap(item) : null;
        if (node) best = nodeAt(node.open);
        continue;
      }
      if (typeof result !== 'object' || result === null) break;
      const pair = findPair(node, segment);
      if (pair === null) return null;
      if (!pair) break;
      if ((index === path.length - 1 && atKey) || !pair.value || isEmpty(pair.value)) {
        best = nodeAt(pair.key.open);
        break;
      }
      node = unwrap(pair.value);
      best = nodeAt(node.open);
    }
    return best;
  };
}
