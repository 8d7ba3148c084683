/**
 * Flow collections for the YAML fast path ([a, b], { anger: { atLeast: 70 } }
 * on one line), and the position recorder the source locator's index uses.
 * Throws BAIL on anything outside the subset (yaml-fast-path.ts).
 */
import { bail, checkKey, doubleQuoted, keyLength, plainStart, resolvePlain, singleQuoted, skipSpaces } from './yaml-fast-scalars';

/** Where nodes start, for the source locator: see `at`. Recording is off (null) when only reading. */
export interface PositionRecorder {
  /** Start of a mapping or sequence. */
  container(node: object, at: number): void;
  /** A mapping entry: where its key and its value start (EMPTY_VALUE: nothing written after the colon). */
  entry(map: object, key: string, keyAt: number, valueAt: number): void;
  /** Where a sequence item starts. */
  item(seq: unknown[], at: number): void;
}

export const EMPTY_VALUE = -1;
const LINE = 2 ** 21;
/** A position as one number: 0-based line × 2^21 + 0-based column. */
export const at = (line: number, column: number): number => line * LINE + column;
export const lineOf = (position: number): number => Math.floor(position / LINE);
export const columnOf = (position: number): number => position % LINE;

/** A flow collection's line and the column of the string's first character, when recording. */
export interface FlowPlace {
  recorder: PositionRecorder;
  line: number;
  base: number;
}

/** One value inside a flow collection, ending before `,` or the closing bracket. */
function flowItem(s: string, k: number, place: FlowPlace | null): [unknown, number] {
  const c = s[k];
  if (c === '[' || c === '{') return flowCollection(s, k, place);
  if (c === '"') return doubleQuoted(s, k);
  if (c === "'") return singleQuoted(s, k);
  let end = k;
  while (end < s.length && !',[]{}'.includes(s[end]!)) end++;
  const text = s.slice(k, end).trimEnd();
  if (!plainStart(text) || /[:#"']/.test(text)) bail();
  return [resolvePlain(text), end];
}

/** A flow sequence or mapping starting at s[k] (one line): [value, index after it]. */
export function flowCollection(s: string, k: number, place: FlowPlace | null = null): [unknown, number] {
  const mapping = s[k] === '{';
  const close = mapping ? '}' : ']';
  const node: unknown[] | Record<string, unknown> = mapping ? {} : [];
  place?.recorder.container(node, at(place.line, place.base + k));
  k = skipSpaces(s, k + 1);
  if (s[k] === close) return [node, k + 1];
  for (;;) {
    if (mapping) {
      const map = node as Record<string, unknown>;
      const length = keyLength(s.slice(k));
      if (length === 0 || s[k + length + 1] !== ' ') bail();
      const key = s.slice(k, k + length);
      checkKey(map, key);
      const start = skipSpaces(s, k + length + 2);
      const [value, next] = flowItem(s, start, place);
      map[key] = value;
      place?.recorder.entry(map, key, at(place.line, place.base + k), at(place.line, place.base + start));
      k = next;
    } else {
      const seq = node as unknown[];
      const [value, next] = flowItem(s, k, place);
      seq.push(value);
      place?.recorder.item(seq, at(place.line, place.base + k));
      k = next;
    }
    k = skipSpaces(s, k);
    if (s[k] === close) return [node, k + 1];
    if (s[k] !== ',') bail();
    k = skipSpaces(s, k + 1);
    if (s[k] === close || s[k] === ',') bail();
  }
}
