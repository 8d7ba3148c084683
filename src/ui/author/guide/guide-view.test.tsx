import { render, screen, within } from '@testing-library/react';
import { guide } from 'virtual:authoring-guide';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../build/markdown/parse-markdown';
import { DIAGNOSTIC_CATALOGUE } from '../../../engine/authoring';
import { diagnosticGuideHref } from '../diagnostics/diagnostics-list';
import { GuideView } from './guide-view';

const SMALL = parseMarkdown(
  [
    '# Small guide',
    'Intro with <script>alert(1)</script> and <http://127.0.0.1:5173/>.',
    '## 1. First',
    'See [the second](#2-second).',
    '### Part',
    '```yaml',
    'id: <img src=x onerror=alert(1)>',
    '```',
    '## 2. Second',
    '| A | B |',
    '| --- | --- |',
    '| `x` | y |',
  ].join('\n'),
);

describe('GuideView', () => {
  it('shows the title as the page heading, the contents as links and the text with its headings in order', () => {
    render(<GuideView guide={SMALL} section={null} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Small guide' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the editor' })).toHaveAttribute('href', '#/author');
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    expect(
      within(contents)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['1. First', '#/author/guide/1-first'],
      ['Part', '#/author/guide/part'],
      ['2. Second', '#/author/guide/2-second'],
    ]);
    const text = screen.getByRole('article', { name: 'Authoring guide' });
    expect(
      within(text)
        .getAllByRole('heading')
        .map((h) => `${h.tagName} ${h.id}`),
    ).toEqual(['H2 guide-1-first', 'H3 guide-part', 'H2 guide-2-second']);
    expect(within(text).getByRole('link', { name: 'the second' })).toHaveAttribute('href', '#/author/guide/2-second');
    expect(within(text).getByRole('region', { name: /table of A, B/ })).toContainElement(screen.getByRole('table'));
  });

  it('renders markup in the text as text', () => {
    render(<GuideView guide={SMALL} section={null} />);
    expect(screen.getByText(/Intro with <script>alert\(1\)<\/script>/)).toBeInTheDocument();
    expect(screen.getByText('id: <img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('script, img')).toBeNull();
  });

  it('opens web addresses in a new tab that cannot reach back to the app', () => {
    render(<GuideView guide={SMALL} section={null} />);
    const link = screen.getByRole('link', { name: /127\.0\.0\.1:5173.*opens in a new tab/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('moves focus to the section a link names, and says so when there is none', () => {
    const { rerender } = render(<GuideView guide={SMALL} section="part" />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Part' }));
    rerender(<GuideView guide={SMALL} section="gone" />);
    expect(screen.getByRole('status')).toHaveTextContent('The guide has no section called “gone”.');
  });

  it('shows the real guide with a section for every diagnostic the Author page links to', () => {
    render(<GuideView guide={guide} section="scn034" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Writing Common Ground scenarios' })).toBeInTheDocument();
    const heading = screen.getByRole('heading', { level: 4, name: /^SCN034: Unknown next or route target/ });
    expect(document.activeElement).toBe(heading);
    for (const info of DIAGNOSTIC_CATALOGUE) {
      const section = diagnosticGuideHref(info.code).replace('#/author/guide/', '');
      expect(document.getElementById(`guide-${section}`), info.code).toHaveTextContent(`${info.code}: `);
    }
  });
});
