// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource, parseScenario } from '../../src/engine/authoring';

/** Generous for a shared 2-core machine; the real cost is a few milliseconds. */
const BOUND_MS = 2000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

const codesOf = (source: string) => {
  const { value, ms } = timed(() => checkScenarioSource(source, 'bad.scenario.yaml', { analyse: false }));
  expect(ms).toBeLessThan(BOUND_MS);
  return value.diagnostics.map((d) => `${d.code} ${d.line}:${d.col}`);
};

describe('bad input gives one clear diagnostic in bounded time', () => {
  it('empty file, whitespace or comments only', () => {
    for (const source of ['', '   \n\n', '# just a note\n', '---\n# nothing\n']) expect(codesOf(source)).toEqual(['SCN001 1:1']);
  });

  it('binary content: NUL bytes, or invalid UTF-8 decoded as U+FFFD', () => {
    expect(codesOf('title: x\u0000\u0001\u0002')).toEqual(['SCN003 1:9']);
    const decoded = new TextDecoder().decode(new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    expect(codesOf(decoded)).toEqual(['SCN003 1:5']);
  });

  it('a 10 MB text is refused without being parsed', () => {
    const huge = `title: x\n${'summary: lots of text here\n'.repeat(400_000)}`;
    expect(huge.length).toBeGreaterThan(10_000_000);
    expect(codesOf(huge)).toEqual(['SCN002 1:1']);
  });

  it('an alias bomb stops at the value budget', () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    expect(codesOf(levels.join('\n'))).toEqual(['SCN005 1:1']);
  });

  it('deep nesting stops before the stack overflows', () => {
    expect(codesOf(`${'['.repeat(100)}${']'.repeat(100)}`)).toEqual(['SCN005 1:1']);
    expect(codesOf(`a: ${'['.repeat(500_000)}`)).toEqual(['SCN005 1:1']);
  });

  it('a top level that is not a mapping, and YAML that is not a scenario', () => {
    expect(codesOf('- one\n- two\n')).toEqual(['SCN006 1:1']);
    expect(codesOf('# note\n"just text"\n')).toEqual(['SCN006 2:1']);
    expect(codesOf('name: CI\non: [push]\njobs: {}\n')).toEqual(['SCN007 1:1']);
  });

  it('more than one YAML document', () => {
    expect(codesOf('schemaVersion: 1\n---\nid: x\n')).toEqual(['SCN004 2:1']);
  });
});

describe('parseScenario never throws on author input', () => {
  const fragments = [
    'schemaVersion: 1',
    'nodes:',
    '  - id: a',
    '    choices: []',
    'start: a',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    '*a',
    '&a',
    ':',
    '- ',
    '\t',
    '#',
    '!!str',
    '? x',
    '|',
    '>',
    '---',
    '\u0000',
    '<<: *a',
  ];
  it('for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parseScenario(text, 'fuzz.scenario.yaml');
        return result.diagnostics.every((d) => d.line >= 1 && d.col >= 1);
      }),
      { numRuns: 300 },
    );
  });

  it('for YAML-shaped fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 30 }), (parts) => {
        const result = checkScenarioSource(parts.join('\n'), 'fuzz.scenario.yaml', { analyse: false });
        return result.diagnostics.every((d) => d.line >= 1 && d.col >= 1);
      }),
      { numRuns: 300 },
    );
  });
});
