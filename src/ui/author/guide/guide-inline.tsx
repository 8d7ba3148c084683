import type { Inline } from '../../../build/markdown/markdown.types';
import { SectionLink } from './guide-link';

/** Inline content of the guide as React elements: every string is rendered as text. */
export function GuideInline({ nodes }: { nodes: readonly Inline[] }) {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'strong':
        return (
          <strong key={i}>
            <GuideInline nodes={node.children} />
          </strong>
        );
      case 'em':
        return (
          <em key={i}>
            <GuideInline nodes={node.children} />
          </em>
        );
      case 'break':
        return <br key={i} />;
      case 'link':
        return node.target.kind === 'section' ? (
          <SectionLink key={i} id={node.target.id}>
            <GuideInline nodes={node.children} />
          </SectionLink>
        ) : (
          <a key={i} href={node.target.url} target="_blank" rel="noopener noreferrer">
            <GuideInline nodes={node.children} />
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        );
    }
  });
}
