import type { Inline, LinkTarget } from './markdown.types.ts';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };
const ESCAPABLE = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;

/**
 * The targets this guide's links may have: `#heading` stays in the guide and a
 * web address opens a page; a link to another file of the repository (which
 * the app does not ship) becomes its text. Null means "just the text".
 */
function targetOf(href: string): LinkTarget | null {
  if (href.startsWith('#') && href.length > 1) return { kind: 'section', id: href.slice(1) };
  if (/^https?:\/\/\S+$/i.test(href)) return { kind: 'external', url: href };
  return null;
}

/** The index of the `]` that closes the `[` at `open`, allowing nested brackets and code. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end !== -1) i = end;
    } else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return -1;
}

/** The `*` or `**` closing an emphasis opened at `from`: not preceded by a space, not part of a longer run. */
function closingDelimiter(text: string, from: number, delimiter: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end !== -1) i = end;
    } else if (text.startsWith(delimiter, i) && !/\s/.test(text[i - 1] ?? ' ')) {
      if (delimiter === '*' && text[i + 1] === '*') i++;
      else return i;
    }
  }
  return -1;
}

/**
 * Markdown's inline subset that the authoring guide uses: code spans, `**`
 * and `*` emphasis, `[text](href)` links, `<https://…>` autolinks, backslash
 * escapes, a few entities and hard breaks. Anything else (including HTML
 * tags) is text.
 */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const push = (node: Inline) => {
    if (text) out.push({ type: 'text', text });
    text = '';
    out.push(node);
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i] ?? '';
    const rest = source.slice(i);
    if (c === '\\' && ESCAPABLE.test(source[i + 1] ?? '')) {
      text += source[++i];
    } else if (c === '\n') {
      if (/ {2,}$/.test(text)) {
        text = text.replace(/ +$/, '');
        push({ type: 'break' });
      } else text = text.replace(/ +$/, '') + ' ';
    } else if (c === '`') {
      const run = /^`+/.exec(rest)?.[0] ?? '`';
      const end = source.indexOf(run, i + run.length);
      if (end === -1) {
        text += run;
        i += run.length - 1;
        continue;
      }
      const code = source.slice(i + run.length, end).replace(/\n/g, ' ');
      push({ type: 'code', text: /^ .* $/.test(code) && code.trim() ? code.slice(1, -1) : code });
      i = end + run.length - 1;
    } else if (c === '*' && !/\s/.test(source[i + (rest.startsWith('**') ? 2 : 1)] ?? ' ')) {
      const delimiter = rest.startsWith('**') ? '**' : '*';
      const end = closingDelimiter(source, i + delimiter.length + 1, delimiter);
      if (end === -1) {
        text += delimiter;
        i += delimiter.length - 1;
        continue;
      }
      const children = parseInline(source.slice(i + delimiter.length, end));
      push(delimiter === '**' ? { type: 'strong', children } : { type: 'em', children });
      i = end + delimiter.length - 1;
    } else if (c === '[') {
      const close = closingBracket(source, i);
      const hrefMatch = close === -1 ? null : /^\(([^()\s]+)\)/.exec(source.slice(close + 1));
      if (!hrefMatch?.[1]) {
        text += c;
        continue;
      }
      const children = parseInline(source.slice(i + 1, close));
      const target = targetOf(hrefMatch[1]);
      if (target) push({ type: 'link', target, children });
      else {
        for (const child of children) {
          if (child.type === 'text') text += child.text;
          else push(child);
        }
      }
      i = close + hrefMatch[0].length;
    } else if (c === '<' && /^<https?:\/\/[^\s<>]+>/i.test(rest)) {
      const url = rest.slice(1, rest.indexOf('>'));
      push({ type: 'link', target: { kind: 'external', url }, children: [{ type: 'text', text: url }] });
      i += url.length + 1;
    } else if (c === '&') {
      const entity = Object.keys(ENTITIES).find((e) => rest.startsWith(e));
      text += entity ? ENTITIES[entity] : c;
      if (entity) i += entity.length - 1;
    } else {
      text += c;
    }
  }
  if (text) out.push({ type: 'text', text });
  return out;
}

/** The text of inline content without its markup, as a heading's slug is made from. */
export function plainText(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.type === 'text' || n.type === 'code' ? n.text : n.type === 'break' ? ' ' : plainText(n.children))).join('');
}
