/**
 * A fast reader for the plain, block-style YAML scenarios are written in.
 * js-yaml reads a 1,000-node scenario in about 12 ms, most of the cost of
 * loading from source; this reads the same text in a fraction of that.
 *
 * It is a fast path, not a YAML parser: it accepts only a conservative
 * subset and returns GIVE_UP for anything else, and readYaml then asks
 * js-yaml, which gives the real result or the real syntax error. The subset:
 *  - block mappings with simple keys (letters, digits, _ and -) and block
 *    sequences, nested by spaces, including "- key: value" items and a
 *    sequence at its key's indentation; comment and blank lines;
 *  - single-line plain, 'single-' and "double-quoted" scalars (common
 *    escapes only), with js-yaml's own core-schema rules deciding what a
 *    plain scalar means (null, true, 12, 0.5 …), and trailing # comments;
 *  - single-line flow collections ([a, b], { anger: { atLeast: 70 } });
 *  - folded and literal block scalars (>, >-, |, |-) whose lines all share
 *    one indentation.
 * Anything else gives up: tabs, CR, control characters, surrogates (emoji),
 * a BOM, anchors, aliases, tags, directives, document markers, duplicate or
 * complex keys, multi-line plain or quoted scalars, more-indented block
 * scalar lines, trailing spaces in block scalars, a file that does not end
 * with a newline. Where it accepts, the result equals js-yaml's (objects with
 * keys in document order, arrays, scalars); yaml-fast-path.test.ts checks it
 * against js-yaml on the shipped scenarios, the fixtures and mutations of them.
 */
import { at, EMPTY_VALUE, flowCollection, type PositionRecorder } from './yaml-fast-flow';
import { blockScalar } from './yaml-fast-block';
import { BAIL, bail, checkKey, checkTail, doubleQuoted, IMPLICIT, keyLength, plainStart, resolvePlain, singleQuoted, UNSUPPORTED_CHARS } from './yaml-fast-scalars';

/** Returned when the text is outside the subset. */
export const GIVE_UP_YAML: unique symbol = Symbol('give up');

/** A value, the line after it, and where it starts (EMPTY_VALUE: nothing written). */
type Read<T = unknown> = [T, number, number];

export class Reader {
  private readonly lines: string[];
  /** Per line: the text after its indentation. */
  private readonly contents: string[];
  private readonly indents: Int32Array;
  /** Per line: 0 content, 1 blank (spaces only), 2 comment. */
  private readonly kinds: Uint8Array;

  constructor(
    source: string,
    private readonly recorder: PositionRecorder | null = null,
  ) {
    this.lines = source.split('\n');
    this.lines.pop(); // the source ends with '\n'
    const n = this.lines.length;
    this.indents = new Int32Array(n);
    this.kinds = new Uint8Array(n);
    this.contents = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const line = this.lines[i]!;
      let indent = 0;
      while (line.charCodeAt(indent) === 32) indent++;
      this.indents[i] = indent;
      this.kinds[i] = indent === line.length ? 1 : line.charCodeAt(indent) === 35 ? 2 : 0;
      this.contents[i] = indent === 0 ? line : line.slice(indent);
      // Document markers and directives are outside the subset.
      if (indent === 0 && (line.startsWith('---') || line.startsWith('...') || line.startsWith('%'))) bail();
    }
  }

  document(): Record<string, unknown> {
    const first = this.nextContent(0);
    if (first >= this.lines.length || this.indents[first] !== 0) bail();
    const [value, end] = this.mapping(first, 0, null);
    if (this.nextContent(end) < this.lines.length) bail();
    return value;
  }

  /** Next line that is neither blank nor a comment. */
  private nextContent(i: number): number {
    while (i < this.lines.length && this.kinds[i] !== 0) i++;
    return i;
  }

  /** Next line that is not blank (comments count: js-yaml would read a deeper one as a continuation). */
  private nextNonBlank(i: number): number {
    while (i < this.lines.length && this.kinds[i] === 1) i++;
    return i;
  }

  private content(i: number): string {
    return this.contents[i]!;
  }

  private isDash(text: string): boolean {
    return text[0] === '-' && (text.length === 1 || text[1] === ' ');
  }

  /**
   * A block mapping whose keys sit at `column`. `first`, when given, is the
   * text of the first entry on line i after a sequence dash.
   */
  private mapping(i: number, column: number, first: string | null): Read<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    let text = first;
    let start = EMPTY_VALUE;
    for (;;) {
      if (text === null) {
        i = this.nextContent(i);
        if (i >= this.lines.length || this.indents[i]! < column) return [out, i, start];
        if (this.indents[i]! > column) bail();
        text = this.content(i);
      }
      const length = keyLength(text);
      if (length === 0) bail();
      const key = text.slice(0, length);
      checkKey(out, key);
      const after = text.slice(length + 1);
      const rest = after.trimStart();
      if (start === EMPTY_VALUE) {
        start = at(i, column);
        this.recorder?.container(out, start);
      }
      const [value, next, valueAt] = this.value(rest, i, column, column + length + 1 + after.length - rest.length, true);
      out[key] = value;
      this.recorder?.entry(out, key, at(i, column), valueAt);
      i = next;
      text = null;
    }
  }

  /** A block sequence whose dashes sit at `column`. */
  private sequence(i: number, column: number): Read<unknown[]> {
    const out: unknown[] = [];
    let start = EMPTY_VALUE;
    for (;;) {
      i = this.nextContent(i);
      if (i >= this.lines.length || this.indents[i]! < column) return [out, i, start];
      if (this.indents[i]! > column) bail();
      const text = this.content(i);
      if (!this.isDash(text)) return [out, i, start];
      if (start === EMPTY_VALUE) {
        start = at(i, column);
        this.recorder?.container(out, start);
      }
      let k = 1;
      while (text[k] === ' ') k++;
      const rest = text.slice(k);
      if (this.isDash(rest)) bail(); // "- - a"
      const [value, next, valueAt] = keyLength(rest) > 0 ? this.mapping(i, column + k, rest) : this.value(rest, i, column, column + k, false);
      out.push(value);
      // An empty item starts where its line goes on after the dash and spaces (as the yaml library places it).
      this.recorder?.item(out, valueAt === EMPTY_VALUE ? at(i, column + k) : valueAt);
      i = next;
    }
  }

  /**
   * The value after "key:" or "- " on line i (its text is `rest`, starting
   * at column `restColumn`), for an entry at `column`.
   */
  private value(rest: string, i: number, column: number, restColumn: number, inMapping: boolean): Read {
    if (rest === '' || rest[0] === '#') return this.nested(i, column, inMapping);
    const c = rest[0]!;
    const start = at(i, restColumn);
    if (c === '>' || c === '|') {
      const [text, next] = blockScalar(this.lines, this.indents, this.kinds, rest, i, column);
      return [text, next, start];
    }
    let value: unknown;
    if (c === '[' || c === '{') {
      const place = this.recorder ? { recorder: this.recorder, line: i, base: restColumn } : null;
      const [v, end] = flowCollection(rest, 0, place);
      checkTail(rest.slice(end));
      value = v;
    } else if (c === '"' || c === "'") {
      const [v, end] = c === '"' ? doubleQuoted(rest, 0) : singleQuoted(rest, 0);
      checkTail(rest.slice(end));
      value = v;
    } else {
      const hash = rest.indexOf(' #');
      const text = (hash === -1 ? rest : rest.slice(0, hash)).trimEnd();
      if (!plainStart(text) || text.includes(': ') || text.endsWith(':')) bail();
      value = resolvePlain(text);
    }
    // A deeper line next would continue the scalar (or be an error): outside the subset.
    const next = this.nextNonBlank(i + 1);
    if (next < this.lines.length && this.indents[next]! > column) bail();
    return [value, i + 1, start];
  }

  /** Nothing after "key:" / "-": a nested block on the following lines, or null. */
  private nested(i: number, column: number, inMapping: boolean): Read {
    const j = this.nextContent(i + 1);
    if (j >= this.lines.length) return [null, i + 1, EMPTY_VALUE];
    const indent = this.indents[j]!;
    const text = this.content(j);
    if (indent > column) {
      if (this.isDash(text)) return this.sequence(j, indent);
      if (keyLength(text) > 0) return this.mapping(j, indent, null);
      bail();
    }
    // YAML lets a mapping's sequence value sit at the key's own indentation.
    if (inMapping && indent === column && this.isDash(text)) return this.sequence(j, indent);
    // After an empty "-" item js-yaml takes the next dash as another item whatever its indentation.
    if (!inMapping && indent < column) bail();
    return [null, i + 1, EMPTY_VALUE];
  }

}

/**
 * The YAML document as js-yaml (core schema) would load it, or GIVE_UP_YAML
 * when the text is outside the subset this reads (then use js-yaml).
 */
export function readYamlFast(source: string): Record<string, unknown> | typeof GIVE_UP_YAML {
  if (!IMPLICIT || !source.endsWith('\n') || UNSUPPORTED_CHARS.test(source)) return GIVE_UP_YAML;
  try {
    return new Reader(source).document();
  } catch (error) {
    if (error === BAIL) return GIVE_UP_YAML;
    throw error;
  }
}
