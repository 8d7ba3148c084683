import './guide.css';
import { useEffect, useMemo } from 'react';
import type { MarkdownDocument } from '../../../build/markdown/markdown.types';
import { PageHeading } from '../../common/page-heading';
import { takeRouteFocus } from '../../common/route-focus';
import { focusSection } from './focus-section';
import { GuideBlocks } from './guide-blocks';
import { GuideContents } from './guide-contents';
import { GuideInline } from './guide-inline';

interface Props {
  /** scenarios/README.md as the build made it (`virtual:authoring-guide`). */
  guide: MarkdownDocument;
  /** The heading id to show, or null for the top. */
  section: string | null;
}

/**
 * The authoring guide, shown over the Author page: its title, a table of
 * contents and the text. The editor stays mounted underneath, so "Back to
 * the editor" finds the file as it was left.
 */
export function GuideView({ guide, section }: Props) {
  const [first, ...rest] = guide.blocks;
  const title = first?.type === 'heading' && first.level === 1 ? first : null;
  const blocks = title ? rest : guide.blocks;
  const ids = useMemo(() => new Set(guide.blocks.flatMap((b) => (b.type === 'heading' ? [b.id] : []))), [guide]);
  const known = section === null || ids.has(section);

  useEffect(() => {
    if (section === null || !ids.has(section)) return;
    // The section's heading, not the page's, is where a link to it should land.
    takeRouteFocus();
    focusSection(section);
  }, [section, ids]);

  return (
    <div className="guide">
      <p className="guide-back">
        <a href="#/author">Back to the editor</a>
      </p>
      <PageHeading title="Authoring guide">{title ? <GuideInline nodes={title.children} /> : 'Authoring guide'}</PageHeading>
      {!known && (
        <p className="guide-missing" role="status">
          The guide has no section called “{section}”. The link may be from an older version of the guide; the contents below list every
          section.
        </p>
      )}
      <div className="guide-layout">
        <GuideContents blocks={blocks} />
        <article className="guide-text" aria-label="Authoring guide">
          <GuideBlocks blocks={blocks} />
        </article>
      </div>
    </div>
  );
}
