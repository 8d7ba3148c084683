import type { Block } from '../../../build/markdown/markdown.types';
import { plainText } from '../../../build/markdown/parse-inline';
import { SectionLink } from './guide-link';

interface Entry {
  id: string;
  text: string;
  children: Entry[];
}

/** The guide's sections (level 2) and their parts (level 3), in order. */
export function contentsOf(blocks: readonly Block[]): Entry[] {
  const top: Entry[] = [];
  for (const block of blocks) {
    if (block.type !== 'heading' || block.level < 2 || block.level > 3) continue;
    const entry = { id: block.id, text: plainText(block.children), children: [] };
    if (block.level === 2 || top.length === 0) top.push(entry);
    else top[top.length - 1]?.children.push(entry);
  }
  return top;
}

function Entries({ entries }: { entries: readonly Entry[] }) {
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.id}>
          <SectionLink id={entry.id}>{entry.text}</SectionLink>
          {entry.children.length > 0 && <Entries entries={entry.children} />}
        </li>
      ))}
    </ol>
  );
}

/** The table of contents: links to every section, which the keyboard reaches with Tab. */
export function GuideContents({ blocks }: { blocks: readonly Block[] }) {
  return (
    <nav className="guide-contents" aria-labelledby="guide-contents-heading">
      <h2 id="guide-contents-heading" className="guide-contents-heading">
        Contents
      </h2>
      <Entries entries={contentsOf(blocks)} />
    </nav>
  );
}
