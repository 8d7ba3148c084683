import { describe, expect, it } from 'vitest';
import { LrsError } from './lrs-error';
import { parseStatementPage } from './statement-page-schema';

const ok = {
  id: 's1',
  actor: { account: { homePage: 'https://p.example', name: 'n' } },
  verb: { id: 'v' },
  object: { id: 'o' },
  stored: '2025-01-01T00:00:00Z',
};

describe('parseStatementPage: a GET /statements answer is checked before the dashboard uses it', () => {
  it('keeps statements (with the LRS’s extra fields) and the more link', () => {
    const page = parseStatementPage(
      JSON.stringify({ statements: [{ ...ok, authority: { mbox: 'mailto:a@b.example' } }], more: '/xAPI/statements?c=2' }),
    );
    expect(page.statements).toHaveLength(1);
    expect(page.more).toBe('/xAPI/statements?c=2');
    expect(parseStatementPage(JSON.stringify({ statements: [], more: '' })).more).toBeUndefined();
  });

  it.each([
    ['not JSON', '<html>'],
    ['no statements list', '{"more":""}'],
    ['a statement without a verb id', JSON.stringify({ statements: [{ ...ok, verb: {} }] })],
    ['a score that is text', JSON.stringify({ statements: [{ ...ok, result: { score: { raw: '100' } } }] })],
    ['a registration that is not text', JSON.stringify({ statements: [{ ...ok, context: { registration: 7 } }] })],
    ['a more link that is not text', JSON.stringify({ statements: [], more: { href: 'x' } })],
  ])('refuses %s', (_name, text) => {
    expect(() => parseStatementPage(text)).toThrow(LrsError);
  });
});
