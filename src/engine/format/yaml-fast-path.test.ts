import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { GIVE_UP_YAML, readYamlFast } from './yaml-fast-path';
import { generatedDocuments, mutations, repositoryYaml } from './yaml-test-corpus';

/** Equal values with keys in the same order and the same prototypes. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The fast path either gives up or returns exactly what js-yaml returns (and js-yaml does not throw). */
function agrees(text: string): boolean {
  const fast = readYamlFast(text);
  if (fast === GIVE_UP_YAML) return false;
  let expected: unknown;
  try {
    expected = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    throw new Error(`fast path accepted text js-yaml rejects (${String(error)}):\n${text}`);
  }
  if (!same(fast, expected)) throw new Error(`fast path and js-yaml differ on:\n${text}`);
  return true;
}

describe('readYamlFast', () => {
  const files = repositoryYaml();

  it('reads every scenario and fixture as js-yaml does (giving up only on what js-yaml rejects or the subset lacks)', () => {
    const read = files.filter(([, text]) => agrees(text)).map(([name]) => name);
    expect(read.filter((name) => name.includes('/scenarios/'))).toHaveLength(files.filter(([name]) => name.includes('/scenarios/')).length);
    expect(read.length).toBeGreaterThan(files.length - 10);
  });

  it.each([
    ['plain, quoted and typed scalars', "a: 1\nb: -2.5\nc: true\nd: ~\ne: 'it''s'\nf: \"tab\\there \\u00e9\"\ng: 0x1F\nh: 12:30\ni: C# # note\n"],
    ['flow collections', 'a: [x, 1, "y"]\nb: { anger: { atLeast: 70 }, trust: [1, 2] }\nc: []\nd: {}\n'],
    ['block scalars', 'a: >-\n  one\n  two\n\n  three\nb: |\n  x\n  y\nc: >\n  z\n'],
    ['nested and compact', 'a:\n  - id: x\n    t: y\n  -\n    k: v\n  - plain\nb:\n- same indent\nc:\n  # lead\n  d: 1\ne:\n'],
  ])('reads %s', (_name, text) => {
    expect(agrees(text)).toBe(true);
  });

  it.each([
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a tab', 'a:\t1\n'],
    ['no final newline', 'a: 1'],
    ['an empty item before a shallower dash', 'a:\n  - b:\n      -\n  - c\n'],
    ['a document marker', '---\na: 1\n'],
    ['a more-indented block scalar line', 'a: >\n  x\n    y\n'],
  ])('gives up on %s', (_name, text) => {
    expect(readYamlFast(text)).toBe(GIVE_UP_YAML);
  });

  it('agrees with js-yaml on mutated scenarios and fixtures', () => {
    let read = 0;
    files.forEach(([, text], f) => {
      for (const mutated of mutations(text, 40, f + 1)) if (agrees(mutated)) read++;
    });
    expect(read).toBeGreaterThan(300);
  });

  it('agrees with js-yaml on generated documents', () => {
    const read = generatedDocuments(4000, 7).filter(agrees).length;
    expect(read).toBeGreaterThan(200);
  });
});
