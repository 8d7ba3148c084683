import type { OutputBundle } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { addRoutePreload, routeFilesOf } from './route-files-plugin';

/** A chunk as the bundle holds it, with only what the plugin reads. */
function chunk(fileName: string, moduleIds: string[], imports: string[] = [], extra: { isEntry?: boolean; css?: string[] } = {}) {
  return {
    type: 'chunk',
    fileName,
    name: fileName.replace(/^assets\//, '').replace(/-\w+\.js$/, ''),
    moduleIds,
    imports,
    isEntry: extra.isEntry ?? false,
    viteMetadata: { importedCss: new Set(extra.css ?? []), importedAssets: new Set() },
  };
}

const bundle = Object.fromEntries(
  [
    chunk('assets/index-1.js', ['/app/src/main.tsx'], ['assets/react-1.js'], { isEntry: true, css: ['assets/index-1.css'] }),
    chunk('assets/react-1.js', ['/app/node_modules/react/index.js']),
    chunk('assets/route-preload-1.js', ['/app/src/route-preload.ts'], [], { isEntry: true }),
    chunk(
      'assets/storage-1.js',
      ['/app/src/storage/index.ts', '/app/src/export/backup/record-transfer.ts'],
      ['assets/shared-1.js', 'assets/react-1.js'],
    ),
    chunk('assets/shared-1.js', ['/app/src/engine/runtime/choice-order.ts']),
    chunk('assets/play-page-1.js', ['/app/src/ui/play/play-page.tsx'], ['assets/shared-1.js', 'assets/conversation-1.js'], {
      css: ['assets/play-1.css'],
    }),
    chunk('assets/conversation-1.js', ['/app/node_modules/xstate/dist/xstate.esm.js'], ['assets/react-1.js']),
    chunk(String.raw`assets/debrief-page-1.js`, [String.raw`C:\app\src\ui\debrief\debrief-page.tsx`], [], { css: ['assets/index-1.css'] }),
    chunk('assets/history-page-1.js', ['/app/src/ui/history/history-page.tsx']),
    chunk('assets/knee-1.js', ['\0virtual:scenario/knee']),
    chunk('assets/knee-play-1.js', ['\0virtual:scenario-play/knee-play']),
  ].map((c) => [c.fileName, c]),
) as unknown as OutputBundle;

describe('routeFilesOf', () => {
  it('lists what each screen imports, with its styles, leaving out what the entries and storage already load', () => {
    expect(routeFilesOf(bundle)).toEqual({
      storage: ['assets/storage-1.js', 'assets/shared-1.js'],
      screens: {
        play: ['assets/play-page-1.js', 'assets/conversation-1.js', 'assets/play-1.css'],
        debrief: ['assets/debrief-page-1.js'],
        history: ['assets/history-page-1.js'],
      },
      scenarios: { knee: { play: 'assets/knee-play-1.js', whole: 'assets/knee-1.js' } },
    });
  });

  it('stops the build when a screen’s module is in no chunk (a moved file must not quietly preload nothing)', () => {
    const without = { ...bundle };
    delete without['assets/history-page-1.js'];
    expect(() => routeFilesOf(without)).toThrow(/history-page/);
  });
});

describe('addRoutePreload', () => {
  const html = [
    '<head>',
    '<meta charset="UTF-8" />',
    `<meta http-equiv="Content-Security-Policy" content="script-src 'self'" />`,
    '<script type="module" crossorigin src="./assets/index-1.js"></script>',
    '</head>',
  ].join('\n');

  it('puts the lists and the preloader after the Content Security Policy and before the main bundle, escaped', () => {
    const out = addRoutePreload(
      html,
      { storage: ['a"b<c>.js'], screens: { play: [], debrief: [], history: [] }, scenarios: {} },
      'assets/route-preload-1.js',
    );
    const policy = out.indexOf('Content-Security-Policy');
    const meta = out.indexOf('<meta name="route-files"');
    const preloader = out.indexOf('src="./assets/route-preload-1.js"');
    const main = out.indexOf('src="./assets/index-1.js"');
    expect(policy).toBeLessThan(meta);
    expect(meta).toBeLessThan(preloader);
    expect(preloader).toBeLessThan(main);
    expect(out).toContain('<script type="module" async crossorigin src="./assets/route-preload-1.js"></script>');
    expect(out).toContain('a\\&quot;b&lt;c&gt;.js');
  });

  it('refuses a page without a module script', () => {
    expect(() =>
      addRoutePreload('<head></head>', { storage: [], screens: { play: [], debrief: [], history: [] }, scenarios: {} }, 'x.js'),
    ).toThrow();
  });
});
