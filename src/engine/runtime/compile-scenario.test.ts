import { describe, expect, it } from 'vitest';
import { compileScenario, hashScenario } from './compile-scenario';
import { canonicalJson, fnv1a64 } from './content-hash';
import { smallScenario } from './testing/small-scenario';

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes the UTF-8 bytes of non-ASCII text', () => {
    expect(fnv1a64('é')).not.toBe(fnv1a64('e'));
    expect(fnv1a64('Łódź')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}');
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }], z: undefined })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
  });

  it('writes values as JSON.stringify does', () => {
    expect(canonicalJson([undefined, NaN, -0, 1e21, 'é\n"'])).toBe(JSON.stringify([undefined, NaN, -0, 1e21, 'é\n"']));
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('sorts integer-like keys as text, as the checksums already stored were made', () => {
    // A sorted copy passed to JSON.stringify would give {"2":…,"10":…}: engines list such keys numerically.
    expect(canonicalJson({ 2: 'b', 10: 'a', x: 0 })).toBe('{"10":"a","2":"b","x":0}');
  });
});

describe('compileScenario', () => {
  it('gives the same hash whatever the key order', () => {
    const scenario = smallScenario();
    const reordered = JSON.parse(canonicalJson(scenario)) as typeof scenario;
    expect(compileScenario(reordered).contentHash).toBe(compileScenario(scenario).contentHash);
  });

  it('gives a different hash when any content changes', () => {
    const a = compileScenario(smallScenario());
    const b = compileScenario(smallScenario({ title: 'Smaller' }));
    expect(a.contentHash).not.toBe(b.contentHash);
    expect(a.contentHash).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  });

  it('builds a JSON-serialisable form that round-trips to the same hash', () => {
    const compiled = compileScenario(smallScenario());
    const copy = JSON.parse(JSON.stringify(compiled)) as typeof compiled;
    expect(copy.formatVersion).toBe(1);
    expect(hashScenario(copy.scenario)).toBe(compiled.contentHash);
  });
});

describe('fnv1a64 UTF-8 encoding', () => {
  /** Reference: the byte-array form over TextEncoder's UTF-8. */
  function reference(text: string): string {
    let h = 0xcbf29ce484222325n;
    for (const byte of new TextEncoder().encode(text)) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
    return h.toString(16).padStart(16, '0');
  }

  it('matches a BigInt reference on ASCII, accents, CJK, emoji and lone surrogates', () => {
    for (const text of ['', 'Nobody believes me', 'Łódź — między młotem', '痛み', 'back 🙂 pain', 'a\ud800b', '\udc00', 'x\ud83d']) {
      expect(fnv1a64(text)).toBe(reference(text));
    }
  });
});
