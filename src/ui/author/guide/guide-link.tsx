import type { MouseEvent, ReactNode } from 'react';
import { hrefFor } from '../../app/parse-route';
import { focusSection } from './focus-section';

/** The address of the guide, or of one of its sections (a heading id). */
export const guideHref = (section: string | null = null) => hrefFor({ name: 'author', guide: { section } });

/**
 * A link to a section of the guide. Choosing the section already in the
 * address changes no hash, so it moves to the heading itself.
 */
export function SectionLink({ id, children, className }: { id: string; children: ReactNode; className?: string }) {
  const href = guideHref(id);
  const onClick = (event: MouseEvent) => {
    if (window.location.hash !== href) return;
    event.preventDefault();
    focusSection(id);
  };
  return (
    <a href={href} onClick={onClick} className={className}>
      {children}
    </a>
  );
}
