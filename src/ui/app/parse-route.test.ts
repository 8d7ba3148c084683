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
    for (const name of ['history', 'settings', 'dashboard', 'author', 'privacy', 'add'] as const) {
      expect(parseRoute(`#/${name}`)).toEqual({ name });
    }
  });

  it('reads the pack address of an Add scenarios link, and round-trips it', () => {
    const route = parseRoute('#/add?pack=packs%2Fweek%203.cgpack.zip');
    expect(route).toEqual({ name: 'add', pack: 'packs/week 3.cgpack.zip' });
    expect(parseRoute(hrefFor({ name: 'add', pack: 'packs/week 3.cgpack.zip' }))).toEqual(route);
    expect(parseRoute('#/add/more')).toEqual({ name: 'not-found', path: 'add/more' });
  });

  it('opens the authoring guide over the Author page, at a section if given', () => {
    expect(parseRoute('#/author/guide')).toEqual({ name: 'author', guide: { section: null } });
    expect(parseRoute('#/author/guide/scn034')).toEqual({ name: 'author', guide: { section: 'scn034' } });
    expect(parseRoute('#/author/guide/a/b').name).toBe('not-found');
    expect(parseRoute('#/author/other').name).toBe('not-found');
    const route = { name: 'author', guide: { section: '2-tools' } } as const;
    expect(parseRoute(hrefFor(route))).toEqual(route);
    expect(hrefFor({ name: 'author', guide: { section: null } })).toBe('#/author/guide');
  });

  it('returns not-found for unknown or malformed paths instead of throwing', () => {
    expect(parseRoute('#/nope').name).toBe('not-found');
    expect(parseRoute('#/play').name).toBe('not-found');
    expect(parseRoute('#/play/%E0%A4%A').name).toBe('not-found');
  });

  it('round-trips through hrefFor', () => {
    const route = { name: 'play', scenarioId: 'x/y' } as const;
    expect(parseRoute(hrefFor(route))).toEqual(route);
    const retry = { name: 'play', scenarioId: 's', from: { attemptId: 'a:b c', turn: 3 } } as const;
    expect(hrefFor(retry)).toBe('#/play/s?from=a%3Ab%20c:3');
    expect(parseRoute(hrefFor(retry))).toEqual(retry);
  });

  it('carries a debrief link’s scenario hint, which old links lack', () => {
    const route = { name: 'debrief', attemptId: 'a1', scenarioId: 'work-injury-claim' } as const;
    expect(hrefFor(route)).toBe('#/debrief/a1?scenario=work-injury-claim');
    expect(parseRoute(hrefFor(route))).toEqual(route);
    expect(parseRoute('#/debrief/a1?scenario=')).toEqual({ name: 'debrief', attemptId: 'a1' });
  });

  it('ignores a malformed "try again from" query', () => {
    expect(parseRoute('#/play/s?from=nope')).toEqual({ name: 'play', scenarioId: 's' });
    expect(parseRoute('#/history?x=1')).toEqual({ name: 'history' });
  });
});
