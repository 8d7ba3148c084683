import { useEffect, useRef, type ReactNode } from 'react';
import { takeRouteFocus } from './route-focus';

interface Props {
  children: ReactNode;
  /** The document title's first part; defaults to the heading's text. */
  title?: string;
  className?: string;
}

/** A page's h1: sets the document title and takes focus after navigation. */
export function PageHeading({ children, title, className }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const text = title ?? ref.current?.textContent ?? '';
    document.title = text ? `${text} · Common Ground` : 'Common Ground';
    if (takeRouteFocus()) ref.current?.focus();
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
