import { describe, expect, it } from 'vitest';
import { parseRoute } from './parse-route';
import { filesForAddress, readRouteFiles, type RouteFiles } from './route-files';

const FILES: RouteFiles = {
  storage: ['assets/storage.js'],
  screens: {
    play: ['assets/play-page.js', 'assets/play-page.css'],
    debrief: ['assets/debrief-page.js'],
    history: ['assets/history-page.js'],
  },
  scenarios: { 'work-injury-claim': { play: 'assets/wic-play.js', whole: 'assets/wic.js' } },
};

describe('filesForAddress', () => {
  it('lists storage, the screen and the scenario for play and a debrief, storage and the screen for the history', () => {
    expect(filesForAddress('#/play/work-injury-claim', FILES)).toEqual([
      'assets/storage.js',
      'assets/play-page.js',
      'assets/play-page.css',
      'assets/wic-play.js',
    ]);
    expect(filesForAddress('#/debrief/a1?scenario=work-injury-claim', FILES)).toEqual([
      'assets/storage.js',
      'assets/debrief-page.js',
      'assets/wic.js',
    ]);
    expect(filesForAddress('#/history', FILES)).toEqual(['assets/storage.js', 'assets/history-page.js']);
  });

  it('leaves out a scenario it does not know (a pack’s, or a name like a built-in property)', () => {
    expect(filesForAddress('#/play/knee-visit', FILES)).toEqual(['assets/storage.js', 'assets/play-page.js', 'assets/play-page.css']);
    expect(filesForAddress('#/play/constructor', FILES)).not.toContain(undefined);
    expect(filesForAddress('#/debrief/a1', FILES)).toEqual(['assets/storage.js', 'assets/debrief-page.js']);
  });

  it('reads every address as parseRoute does: files exactly where the route is play, a debrief or the history', () => {
    const addresses = [
      '',
      '#/',
      '#/play/work-injury-claim',
      '#play/work-injury-claim/',
      '#/play/work-injury-claim?from=a1:3',
      '#/play/',
      '#/play/a/b',
      '#/play/%E0%A4%A',
      '#/debrief/a1?scenario=work-injury-claim',
      '#/debrief/',
      '#/history',
      '#/history/extra',
      '#/settings',
      '#/author/guide',
      '#/nowhere',
    ];
    for (const hash of addresses) {
      const route = parseRoute(hash);
      const expected =
        route.name === 'play'
          ? [...FILES.storage, ...FILES.screens.play, ...(route.scenarioId === 'work-injury-claim' ? ['assets/wic-play.js'] : [])]
          : route.name === 'debrief'
            ? [...FILES.storage, ...FILES.screens.debrief, ...(route.scenarioId === 'work-injury-claim' ? ['assets/wic.js'] : [])]
            : route.name === 'history'
              ? [...FILES.storage, ...FILES.screens.history]
              : [];
      expect(filesForAddress(hash, FILES), hash).toEqual(expected);
    }
  });
});

describe('readRouteFiles', () => {
  it('reads the lists the build wrote', () => {
    expect(readRouteFiles(JSON.stringify(FILES))).toEqual(FILES);
  });

  it('gives null for anything else, so the screens load as they would without it', () => {
    for (const text of [
      null,
      undefined,
      '',
      'not json',
      'null',
      '[]',
      '{"storage":"x"}',
      JSON.stringify({ ...FILES, screens: { play: [] } }),
    ]) {
      expect(readRouteFiles(text), String(text)).toBeNull();
    }
    expect(readRouteFiles(JSON.stringify({ ...FILES, scenarios: { x: { play: 1, whole: 'y' } } }))).toBeNull();
  });
});
