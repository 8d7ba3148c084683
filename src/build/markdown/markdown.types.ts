/**
 * A Markdown document as data: what the build makes of scenarios/README.md so
 * the Author page can show the authoring guide with React elements. There is
 * no HTML in it anywhere; every string is text.
 */

/** Where a link goes: a heading of the same document, or a web page. */
export type LinkTarget = { kind: 'section'; id: string } | { kind: 'external'; url: string };

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; target: LinkTarget; children: Inline[] }
  /** A hard line break (a line ending in two spaces). */
  | { type: 'break' };

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export type Block =
  /** `id` is the heading's slug, unique in the document. */
  | { type: 'heading'; level: HeadingLevel; id: string; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  /** `start` is the first number of an ordered list. */
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] }
  /** `lang` is the fence's info word (`yaml`, `sh`), or '' when it has none. */
  | { type: 'code'; lang: string; text: string }
  | { type: 'table'; head: Inline[][]; rows: Inline[][][] };

export interface MarkdownDocument {
  blocks: Block[];
}
