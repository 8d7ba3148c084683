import type { Block, Inline } from '../../../build/markdown/markdown.types';
import { plainText } from '../../../build/markdown/parse-inline';
import { sectionDomId } from './focus-section';
import { GuideInline } from './guide-inline';

const HEADING_TAGS = { 1: 'h1', 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6' } as const;

function GuideTable({ head, rows, label }: { head: Inline[][]; rows: Inline[][][]; label: string }) {
  return (
    // Wide tables scroll sideways on a phone; focusable so the keyboard can scroll them (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="guide-table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className="guide-table">
        <thead>
          <tr>
            {head.map((cell, i) => (
              <th key={i} scope="col">
                <GuideInline nodes={cell} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => (
                <td key={i}>
                  <GuideInline nodes={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The guide's blocks as React elements. Headings keep their levels and can take focus when a link leads to them. */
export function GuideBlocks({ blocks }: { blocks: readonly Block[] }) {
  let lastHeading = 'Guide';
  return blocks.map((block, i) => {
    switch (block.type) {
      case 'heading': {
        const Tag = HEADING_TAGS[block.level];
        lastHeading = plainText(block.children);
        return (
          <Tag key={i} id={sectionDomId(block.id)} tabIndex={-1} className="guide-heading">
            <GuideInline nodes={block.children} />
          </Tag>
        );
      }
      case 'paragraph':
        return (
          <p key={i}>
            <GuideInline nodes={block.children} />
          </p>
        );
      case 'list': {
        const items = block.items.map((item, n) => (
          <li key={n}>
            <GuideInline nodes={item} />
          </li>
        ));
        return block.ordered ? (
          <ol key={i} start={block.start}>
            {items}
          </ol>
        ) : (
          <ul key={i}>{items}</ul>
        );
      }
      case 'code':
        return (
          <pre key={i} className="guide-code">
            <code>{block.text}</code>
          </pre>
        );
      case 'table':
        return (
          <GuideTable
            key={i}
            head={block.head}
            rows={block.rows}
            label={`${lastHeading}: table of ${block.head.map(plainText).join(', ')}`}
          />
        );
    }
  });
}
