import { describe, expect, it } from 'vitest';
import { readYaml } from './read-yaml';
import { firstContent } from './syntax-hints';

const syntax = (source: string) => {
  const [d] = readYaml(source, 'f').diagnostics;
  return `${d?.line}:${d?.col} ${d?.code} ${d?.message}`;
};

describe('syntax error hints', () => {
  it('reports an unclosed quote where it opens', () => {
    expect(syntax('id: x\ntitle: "Nobody believes me\nsummary: text\nnodes: []\n')).toMatch(/^2:8 SCN004 .*double quote \("\) opens here/);
    expect(syntax('title: "open\n')).toMatch(/^1:8 SCN004/);
  });

  it('leaves quoted text that spans lines alone', () => {
    expect(readYaml('title: "one\n  two"\nid: x\n', 'f').diagnostics).toEqual([]);
  });

  it('explains tabs and indentation', () => {
    expect(syntax('persona:\n\tname: x\n')).toBe('2:1 SCN004 YAML syntax error: a tab is used for indentation; indent with spaces.');
    expect(syntax('title: Fixture: the return\nid: x\n')).toMatch(/SCN004 .*put text containing ": "/);
  });

  it('finds the first line with content', () => {
    expect(firstContent('# a\n\n  - x\n')).toEqual({ line: 3, col: 3 });
    expect(firstContent('# only\n')).toEqual({ line: 1, col: 1 });
  });
});
