import { createSlugger } from './heading-slugs.ts';
import type { Block, HeadingLevel, Inline, MarkdownDocument } from './markdown.types.ts';
import { parseInline, plainText } from './parse-inline.ts';

const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const FENCE = /^```\s*([\w-]*)\s*$/;
const ITEM = /^(?:(-)|(\d+)\.)\s+(.*)$/;
const TABLE_DIVIDER = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const COMMENT_START = '<!--';

/** A table row's cells: split on `|` outside code spans, except escaped `\|`. */
function cells(line: string): Inline[][] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const parts: string[] = [];
  let cell = '';
  let inCode = false;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\' && inner[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '`') {
      inCode = !inCode;
      cell += c;
    } else if (c === '|' && !inCode) {
      parts.push(cell);
      cell = '';
    } else cell += c;
  }
  parts.push(cell);
  return parts.map((p) => parseInline(p.trim()));
}

const startsBlock = (line: string, next: string | undefined) =>
  HEADING.test(line) ||
  FENCE.test(line) ||
  ITEM.test(line) ||
  line.startsWith(COMMENT_START) ||
  (line.startsWith('|') && TABLE_DIVIDER.test(next ?? ''));

/** Whether `line` is an item of a list of this kind (a blank line between items keeps the list going). */
function sameList(line: string | undefined, ordered: boolean): boolean {
  const item = ITEM.exec(line ?? '');
  return item !== null && (item[2] !== undefined) === ordered;
}

/** Every `#section` link's id, to check each names a heading. */
function sectionLinks(nodes: readonly Inline[]): string[] {
  return nodes.flatMap((n) =>
    n.type === 'link'
      ? [...(n.target.kind === 'section' ? [n.target.id] : []), ...sectionLinks(n.children)]
      : 'children' in n
        ? sectionLinks(n.children)
        : [],
  );
}

function inlinesOf(block: Block): Inline[][] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.children];
    case 'list':
      return block.items;
    case 'table':
      return [...block.head, ...block.rows.flat()];
    case 'code':
      return [];
  }
}

/**
 * The Markdown subset the authoring guide (scenarios/README.md) is written in:
 * ATX headings, paragraphs, `-` and numbered lists (one level, continuation
 * lines indented), fenced code, pipe tables and HTML comments (dropped). It
 * throws, naming the line, on an unclosed fence or comment and on a `#link`
 * to no heading: the guide is ours, so these are bugs to fix, not to show.
 */
export function parseMarkdown(source: string, fileName = 'markdown'): MarkdownDocument {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const slug = createSlugger();
  const blocks: Block[] = [];
  let i = 0;
  const fail = (message: string, at: number): never => {
    throw new Error(`${fileName}:${at + 1}: ${message}`);
  };

  while (i < lines.length) {
    const line = lines[i] ?? '';
    const heading = HEADING.exec(line);
    const fence = FENCE.exec(line);
    const item = ITEM.exec(line);
    if (line.trim() === '') {
      i++;
    } else if (line.startsWith(COMMENT_START)) {
      const start = i;
      while (!(lines[i] ?? '').includes('-->')) if (++i >= lines.length) fail('an HTML comment is never closed', start);
      i++;
    } else if (fence) {
      const start = i;
      const body: string[] = [];
      while (!/^```\s*$/.test(lines[++i] ?? '')) {
        if (i >= lines.length) fail('a code block is never closed', start);
        body.push(lines[i] ?? '');
      }
      blocks.push({ type: 'code', lang: fence[1] ?? '', text: body.join('\n') });
      i++;
    } else if (heading) {
      const children = parseInline(heading[2] ?? '');
      blocks.push({ type: 'heading', level: (heading[1] ?? '#').length as HeadingLevel, id: slug(plainText(children)), children });
      i++;
    } else if (line.startsWith('|') && TABLE_DIVIDER.test(lines[i + 1] ?? '')) {
      const head = cells(line);
      const rows: Inline[][][] = [];
      for (i += 2; (lines[i] ?? '').startsWith('|'); i++) rows.push(cells(lines[i] ?? ''));
      blocks.push({ type: 'table', head, rows });
    } else if (item) {
      const ordered = item[2] !== undefined;
      const items: string[] = [];
      while (i < lines.length) {
        const current = ITEM.exec(lines[i] ?? '');
        if (current && (current[2] !== undefined) === ordered) items.push(current[3] ?? '');
        else if (/^\s+\S/.test(lines[i] ?? '') && items.length > 0) items[items.length - 1] += `\n${(lines[i] ?? '').trimStart()}`;
        else if (!((lines[i] ?? '').trim() === '' && sameList(lines[i + 1], ordered))) break;
        i++;
      }
      blocks.push({ type: 'list', ordered, start: ordered ? Number(item[2]) : 1, items: items.map((text) => parseInline(text)) });
    } else {
      const body = [line];
      while (++i < lines.length && (lines[i] ?? '').trim() !== '' && !startsBlock(lines[i] ?? '', lines[i + 1])) body.push(lines[i] ?? '');
      blocks.push({ type: 'paragraph', children: parseInline(body.join('\n').trim()) });
    }
  }

  const ids = new Set(blocks.flatMap((b) => (b.type === 'heading' ? [b.id] : [])));
  for (const block of blocks) {
    for (const id of inlinesOf(block).flatMap(sectionLinks))
      if (!ids.has(id)) throw new Error(`${fileName} links to #${id}, but no heading has that id.`);
  }
  return { blocks };
}
