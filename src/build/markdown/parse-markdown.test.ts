import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CATALOGUE } from '../../engine/authoring';
import type { Block } from './markdown.types';
import { parseMarkdown } from './parse-markdown';

const headings = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'heading' ? [`${b.level} ${b.id}`] : []));

describe('parseMarkdown', () => {
  it('gives headings GitHub’s ids, numbering repeats, and a diagnostic’s heading its code', () => {
    const doc = parseMarkdown(
      "# Writing scenarios\n## 2.3 Hot reload with `npm start`\n### Fields\n### Fields\n#### SCN034: Unknown next or route target (error)\n##### `choices`: the trainee's responses",
    );
    expect(headings(doc.blocks)).toEqual([
      '1 writing-scenarios',
      '2 23-hot-reload-with-npm-start',
      '3 fields',
      '3 fields-1',
      '4 scn034',
      '5 choices-the-trainees-responses',
    ]);
  });

  it('reads paragraphs, lists with continuation lines, and drops HTML comments', () => {
    const doc = parseMarkdown('Some text\nacross lines.\n\n<!-- marker -->\n- one\n  more\n- two\n\n1. first\n2. second\n\nAfter.');
    expect(doc.blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Some text across lines.' }] },
      { type: 'list', ordered: false, start: 1, items: [[{ type: 'text', text: 'one more' }], [{ type: 'text', text: 'two' }]] },
      { type: 'list', ordered: true, start: 1, items: [[{ type: 'text', text: 'first' }], [{ type: 'text', text: 'second' }]] },
      { type: 'paragraph', children: [{ type: 'text', text: 'After.' }] },
    ]);
  });

  it('keeps fenced code exactly, markup and all', () => {
    const doc = parseMarkdown('```yaml\n# a comment\nid: <b>x</b>\n  - **y**\n```');
    expect(doc.blocks).toEqual([{ type: 'code', lang: 'yaml', text: '# a comment\nid: <b>x</b>\n  - **y**' }]);
  });

  it('reads pipe tables, with `|` inside code or escaped kept in its cell', () => {
    const doc = parseMarkdown('| Code | Meaning |\n| --- | --- |\n| `a|b` | x \\| y |\n| **B** | z |');
    expect(doc.blocks).toEqual([
      {
        type: 'table',
        head: [[{ type: 'text', text: 'Code' }], [{ type: 'text', text: 'Meaning' }]],
        rows: [
          [[{ type: 'code', text: 'a|b' }], [{ type: 'text', text: 'x | y' }]],
          [[{ type: 'strong', children: [{ type: 'text', text: 'B' }] }], [{ type: 'text', text: 'z' }]],
        ],
      },
    ]);
  });

  it('keeps <script> in a paragraph as text', () => {
    expect(parseMarkdown('<script>alert(1)</script>').blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '<script>alert(1)</script>' }] },
    ]);
  });

  it('throws, naming the line, on an unclosed fence or comment and on a link to no heading', () => {
    expect(() => parseMarkdown('text\n\n```yaml\nid: x', 'g.md')).toThrow('g.md:3: a code block is never closed');
    expect(() => parseMarkdown('<!-- open', 'g.md')).toThrow('g.md:1: an HTML comment is never closed');
    expect(() => parseMarkdown('# A\nsee [b](#b)', 'g.md')).toThrow('g.md links to #b, but no heading has that id.');
  });
});

describe('the authoring guide (scenarios/README.md)', () => {
  const doc = parseMarkdown(readFileSync(resolve(process.cwd(), 'scenarios/README.md'), 'utf8'), 'scenarios/README.md');
  const ids = new Set(doc.blocks.flatMap((b) => (b.type === 'heading' ? [b.id] : [])));

  it('parses, every #link naming one of its headings', () => {
    expect(doc.blocks[0]).toMatchObject({ type: 'heading', level: 1, id: 'writing-common-ground-scenarios' });
    for (const id of ['1-a-first-scenario-in-ten-minutes', '24-the-author-page', '9-diagnostics', 'score-validity'])
      expect(ids).toContain(id);
  });

  it('has a section for every code in the diagnostic catalogue, under the code', () => {
    for (const info of DIAGNOSTIC_CATALOGUE) expect(ids, info.code).toContain(info.code.toLowerCase());
  });

  it('leaves no Markdown markup in its text', () => {
    const texts: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      const n = node as Record<string, unknown>;
      if (n.type === 'text') texts.push(String(n.text));
      Object.values(n).forEach(walk);
    };
    walk(doc.blocks);
    expect(texts.filter((t) => /\*\*|`|\]\(|&lt;|<!--|^#/.test(t))).toEqual([]);
  });
});
