import { describe, expect, it } from 'vitest';
import { parseInline, plainText } from './parse-inline';

const text = (t: string) => ({ type: 'text', text: t });

describe('parseInline', () => {
  it('reads code spans, strong and emphasis, nested', () => {
    expect(parseInline('run `npm start` **now, *please* today**')).toEqual([
      text('run '),
      { type: 'code', text: 'npm start' },
      text(' '),
      { type: 'strong', children: [text('now, '), { type: 'em', children: [text('please')] }, text(' today')] },
    ]);
  });

  it('leaves a lone or spaced asterisk as text, as in "such as *, & or @" and "(*name)"', () => {
    expect(parseInline('such as *, & or @')).toEqual([text('such as *, & or @')]);
    expect(parseInline('aliases (*name), or 2 * 3')).toEqual([text('aliases (*name), or 2 * 3')]);
  });

  it('keeps markup characters inside code as they are', () => {
    expect(parseInline('`**not bold** [x](#y)`')).toEqual([{ type: 'code', text: '**not bold** [x](#y)' }]);
  });

  it('makes #links section links, web addresses external links and links to repository files plain text', () => {
    expect(parseInline('[section 5](#5-behaviour-codes)')).toEqual([
      { type: 'link', target: { kind: 'section', id: '5-behaviour-codes' }, children: [text('section 5')] },
    ]);
    expect(parseInline('see <http://127.0.0.1:5173/>')).toEqual([
      text('see '),
      { type: 'link', target: { kind: 'external', url: 'http://127.0.0.1:5173/' }, children: [text('http://127.0.0.1:5173/')] },
    ]);
    expect(parseInline('[`src/x.md`](../src/x.md) and [here](javascript:alert)')).toEqual([
      { type: 'code', text: 'src/x.md' },
      text(' and here'),
    ]);
  });

  it('keeps HTML as text: a <script> tag is just characters', () => {
    expect(parseInline('<script>alert(1)</script> &lt;id> \\*not em\\*')).toEqual([text('<script>alert(1)</script> <id> *not em*')]);
  });

  it('joins soft line breaks with a space and keeps hard ones (two trailing spaces)', () => {
    expect(parseInline('one\ntwo  \nthree')).toEqual([text('one two'), { type: 'break' }, text('three')]);
  });

  it('gives the plain text of marked-up content', () => {
    expect(plainText(parseInline('2.3 Hot reload with `npm start`'))).toBe('2.3 Hot reload with npm start');
  });
});
