import { describe, expect, it } from 'vitest';
import { LrsError } from './lrs-error';
import { resolveMoreLink } from './lrs-more-link';

const ENDPOINT = 'http://127.0.0.1:8195/xAPI/';

describe('resolveMoreLink: `more` stays on the LRS', () => {
  it('resolves the spec’s relative IRL against the endpoint', () => {
    expect(resolveMoreLink(ENDPOINT, '/xAPI/statements?cursor=2')).toBe('http://127.0.0.1:8195/xAPI/statements?cursor=2');
    expect(resolveMoreLink(ENDPOINT, 'statements?cursor=3')).toBe('http://127.0.0.1:8195/xAPI/statements?cursor=3');
    expect(resolveMoreLink(ENDPOINT, 'http://127.0.0.1:8195/xAPI/statements?c=4')).toBe('http://127.0.0.1:8195/xAPI/statements?c=4');
  });

  it('keeps the tricks that fool string joining on the LRS’s origin', () => {
    // @xapi/xapi builds `${protocol}//${host}${more}`: these would reach 127.0.0.1:8196 or another host.
    expect(new URL(resolveMoreLink(ENDPOINT, '@127.0.0.1:8196/xAPI/statements')).origin).toBe('http://127.0.0.1:8195');
    expect(new URL(resolveMoreLink(ENDPOINT, '.evil.example/x')).origin).toBe('http://127.0.0.1:8195');
  });

  it.each([
    'http://127.0.0.1:8196/xAPI/statements',
    '//127.0.0.1:8196/xAPI/statements',
    'https://127.0.0.1:8195/xAPI/statements',
    'http://localhost:8195/xAPI/statements',
    'http://user:pw@127.0.0.1:8195/xAPI/statements',
  ])('refuses %s', (more) => {
    expect(() => resolveMoreLink(ENDPOINT, more)).toThrow(LrsError);
    try {
      resolveMoreLink(ENDPOINT, more);
    } catch (error) {
      expect((error as LrsError).kind).toBe('off-origin');
    }
  });
});
