import { describe, expect, it } from 'vitest';
import { createSourceLocator } from './source-locator';

const source = `# comment
title: "A title"
nodes:
  - id: n1
    choices:
      - { id: a, text: hi, next: }
      - id: b
        codes: [CR, VAL]
anchor: &shared { anger: 5 }
alias: *shared
`;

describe('createSourceLocator', () => {
  const locator = createSourceLocator(source);
  const at = (path: (string | number)[], key = false) => {
    const { line, col } = locator.locate(path, key);
    return `${line}:${col}`;
  };

  it('finds values, list items and keys', () => {
    expect(at(['title'])).toBe('2:8');
    expect(at(['nodes', 0, 'id'])).toBe('4:9');
    expect(at(['nodes', 0, 'choices', 1, 'codes', 1])).toBe('8:21');
    expect(at(['nodes', 0, 'choices', 1, 'codes'], true)).toBe('8:9');
  });

  it('points at the key when the value is empty', () => {
    expect(at(['nodes', 0, 'choices', 0, 'next'])).toBe('6:28');
  });

  it('falls back to the nearest node that exists', () => {
    expect(at(['nodes', 0, 'choices', 1, 'effects', 'anger'])).toBe('7:9');
    expect(at(['nodes', 4])).toBe('4:3');
    expect(at(['missing'])).toBe('2:1');
  });

  it('stops at aliases rather than following them', () => {
    expect(at(['alias', 'anger'])).toBe('10:8');
  });

  it('copes with empty and broken sources', () => {
    expect(createSourceLocator('').locate(['x'])).toEqual({ line: 1, col: 1 });
    expect(createSourceLocator('a: [1, 2\n').locate(['a', 1])).toMatchObject({ line: 1 });
  });
});
