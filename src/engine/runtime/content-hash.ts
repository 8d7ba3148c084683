/**
 * A stable content hash for compiled scenarios, in plain JavaScript: the
 * engine runs in the browser too, where node:crypto is missing and WebCrypto
 * is async. The hash identifies a scenario's logic so a saved session is never
 * resumed against changed content; it is not a security boundary.
 */

/**
 * JSON with object keys sorted at every level, so two equal values always
 * serialise to the same text whatever order their keys were written in.
 * `undefined` properties are dropped, as JSON.stringify drops them. The one
 * copy for the whole app: scenario content hashes, backup checksums, cohort
 * fingerprints and the import's duplicate check all use it, and backups on
 * disk carry its output (src/export/backup/checksums.fixtures.test.ts).
 *
 * Written out as a string walk, not a sorted copy handed to JSON.stringify:
 * that copy would be ~1.7× faster, but JavaScript enumerates integer-like keys
 * ("2", "10") first in numeric order whatever the insertion order, so its
 * text would not be sorted and would differ from the checksums already stored.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

/**
 * FNV-1a, 64-bit, over the UTF-8 bytes of `text`, as 16 hex digits. The
 * 64-bit state is kept in four 16-bit limbs so every product is a small
 * integer: measured ~5× faster than two 32-bit halves (which need a float
 * division for the carry) and ~20× faster than BigInt.
 */
export function fnv1a64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  // Offset basis 0xcbf29ce484222325, least significant limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < bytes.length; i += 1) {
    h0 ^= bytes[i] as number;
    // × the prime 0x100000001b3 = 2^40 + 0x1b3, modulo 2^64.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3;
    const t2 = h2 * 0x1b3 + h0 * 0x100;
    const t3 = h3 * 0x1b3 + h1 * 0x100;
    h0 = t0 & 0xffff;
    const c1 = t1 + (t0 >>> 16);
    h1 = c1 & 0xffff;
    const c2 = t2 + (c1 >>> 16);
    h2 = c2 & 0xffff;
    h3 = (t3 + (c2 >>> 16)) & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}
