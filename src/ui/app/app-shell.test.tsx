import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SiteHeader } from './site-header';

/** The markup as a DOM fragment without the whitespace between tags that indentation adds. */
function parse(html: string): Element {
  const parsed = new DOMParser().parseFromString(html.replace(/>\s+</g, '><').trim(), 'text/html');
  const element = parsed.body.firstElementChild;
  if (!element) throw new Error('no element in markup');
  const walker = parsed.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) node.textContent = (node.textContent ?? '').trim();
  element.normalize();
  return element;
}

const indexHtml = readFileSync(resolve(import.meta.dirname, '../../../index.html'), 'utf8');
const root = /<div id="root">([\s\S]*?)<\/div>\s*<noscript>/.exec(indexHtml)?.[1] ?? '';

describe('the app shell in index.html', () => {
  it('is the header React renders, so nothing moves when React takes over', () => {
    const shell = parse(/<header[\s\S]*<\/header>/.exec(root)?.[0] ?? '<p>missing</p>');
    const rendered = parse(renderToStaticMarkup(<SiteHeader route={{ name: 'not-found', path: '' }} />));
    expect(shell.outerHTML).toBe(rendered.outerHTML);
  });

  it('says the page is loading, in the same main landmark the app uses', () => {
    const main = parse(/<main[\s\S]*<\/main>/.exec(root)?.[0] ?? '<p>missing</p>');
    expect(main.id).toBe('main');
    expect(main.textContent).toBe('Loading…');
  });
});
