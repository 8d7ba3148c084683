/**
 * Scalars and keys for the YAML fast path (yaml-fast-path.ts): each either
 * reads its piece exactly as js-yaml would or throws BAIL.
 */
import { CORE_SCHEMA } from 'js-yaml';

/** Thrown when the text is outside the subset; the readers turn it into a give-up. */
export const BAIL = { bail: true };

interface ImplicitType {
  resolve(data: string): boolean;
  construct(data: string): unknown;
}
// js-yaml's own implicit types for plain scalars (null, bool, int, float), so "meaning" matches exactly.
export const IMPLICIT = (CORE_SCHEMA as unknown as { compiledImplicit?: ImplicitType[] }).compiledImplicit;

/** Outside the subset anywhere in the file: tab, CR, C0/C1 controls, DEL, surrogates, BOM, U+FFFE/F. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: the fast path refuses them.
export const UNSUPPORTED_CHARS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;
/** Characters that start something other than a plain scalar (js-yaml's readPlainScalar refuses them). */
const INDICATORS = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', ' ']);
const ESCAPES: Record<string, string> = {
  '0': '\x00', a: '\x07', b: '\x08', t: '\x09', n: '\x0A', v: '\x0B', f: '\x0C', r: '\x0D', e: '\x1B',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xA0', L: '\u2028', P: '\u2029',
};

export function bail(): never {
  throw BAIL;
}

/**
 * Whether the core schema's implicit types are exactly null, bool, int and
 * float (js-yaml 4): then a plain scalar that starts with a letter other
 * than n, t or f (either case), or is longer than "false", can only be a
 * string, and the resolvers need not run on it.
 */
const CORE_TYPES = ['null', 'bool', 'int', 'float'].map((t) => `tag:yaml.org,2002:${t}`);
const SHORTCUT = (IMPLICIT as { tag?: string }[] | undefined)?.map((t) => t.tag).join() === CORE_TYPES.join();
const MAYBE_TYPED = new Set(['n', 'N', 't', 'T', 'f', 'F']);

/** A plain scalar's value under js-yaml's core schema. */
export function resolvePlain(text: string): unknown {
  if (SHORTCUT) {
    const c = text.charCodeAt(0);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (letter && (text.length > 5 || !MAYBE_TYPED.has(text[0]!))) return text;
  }
  for (const type of IMPLICIT!) if (type.resolve(text)) return type.construct(text);
  return text;
}

/** A plain scalar may start with "-" only before a digit or "." (a negative number); other indicators give up. */
export function plainStart(text: string): boolean {
  const first = text[0];
  if (first === undefined) return false;
  if (first === '-') return /^-[0-9.]/.test(text);
  return !INDICATORS.has(first);
}

/** Keys already known to read as strings (a scenario uses a few dozen distinct keys, thousands of times). */
const STRING_KEYS = new Set<string>();

export function checkKey(target: Record<string, unknown>, key: string): void {
  if (!STRING_KEYS.has(key)) {
    if (key === '__proto__' || typeof resolvePlain(key) !== 'string') bail();
    if (STRING_KEYS.size < 1000) STRING_KEYS.add(key);
  }
  // A duplicate (values are never undefined here); a key Object.prototype has, such as "constructor", also gives up.
  if (target[key] !== undefined) bail();
}

/** Length of a simple key at the start of `text` when it is followed by ":" and a space or the line end; else 0. */
export function keyLength(text: string): number {
  const first = text.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) return 0;
  let k = 1;
  for (;;) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45) k++;
    else break;
  }
  if (text.charCodeAt(k) !== 58) return 0; // ':'
  return k + 1 === text.length || text.charCodeAt(k + 1) === 32 ? k : 0;
}

/** After a quoted or flow value: nothing, or spaces and a comment. */
export function checkTail(rest: string): void {
  if (rest === '') return;
  if (rest[0] !== ' ') bail();
  const trimmed = rest.trimStart();
  if (trimmed !== '' && trimmed[0] !== '#') bail();
}

/** A double-quoted scalar starting at s[k] === '"': [value, index after the closing quote]. */
export function doubleQuoted(s: string, k: number): [string, number] {
  let out = '';
  let from = k + 1;
  for (let i = k + 1; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"') return [out + s.slice(from, i), i + 1];
    if (c !== '\\') continue;
    out += s.slice(from, i);
    const e = s[i + 1];
    if (e === undefined) bail();
    if (e === 'x' || e === 'u') {
      const digits = e === 'x' ? 2 : 4;
      const hex = s.slice(i + 2, i + 2 + digits);
      if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(hex)) bail();
      const code = parseInt(hex, 16);
      if (code >= 0xd800 && code <= 0xdfff) bail();
      out += String.fromCharCode(code);
      i += 1 + digits;
    } else {
      const escaped = ESCAPES[e];
      if (escaped === undefined) bail();
      out += escaped;
      i += 1;
    }
    from = i + 1;
  }
  return bail(); // no closing quote on this line
}

/** A single-quoted scalar starting at s[k] === "'": [value, index after the closing quote]. */
export function singleQuoted(s: string, k: number): [string, number] {
  let out = '';
  let from = k + 1;
  for (let i = k + 1; i < s.length; i++) {
    if (s[i] !== "'") continue;
    if (s[i + 1] === "'") {
      out += s.slice(from, i + 1);
      from = i + 2;
      i++;
      continue;
    }
    return [out + s.slice(from, i), i + 1];
  }
  return bail();
}

export const skipSpaces = (s: string, k: number): number => {
  while (s[k] === ' ') k++;
  return k;
};
