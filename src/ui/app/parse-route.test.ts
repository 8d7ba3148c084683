import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from './parse-route';

describe('parseRoute', () => {
  it('maps the empty hash and #/ to the library', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#/')).toEqual({ name: 'library' });
  });

  it('reads scenario and attempt ids, decoding them', () => {
    expect(parseRoute('#/play/work-injury-claim')).toEqual({ name: 'play', scenarioId: 'work-injury-claim' });
    expect(parseRoute('#/debrief/a%20b')).toEqual({ name: 'debrief', attemptId: 'a b' });
  });

  it('knows the simple pages', () => {
    for (const name of ['history', 'settings', 'dashboard', 'author'] as const) {
      expect(parseRoute(`#/${name}`)).toEqual({ name });
    }
  });

  it('returns not-found for unknown or malformed paths instead of throwing', () => {
    expect(parseRoute('#/nope').name).toBe('not-found');
    expect(parseRoute('#/play').name).toBe('not-found');
    expect(parseRoute('#/play/%E0%A4%A').name).toBe('not-found');
  });

  it('round-trips through hrefFor', () => {
    const route = { name: 'play', scenarioId: 'x/y' } as const;
    expect(parseRoute(hrefFor(route))).toEqual(route);
  });
});
