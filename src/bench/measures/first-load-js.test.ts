// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { chunkName, firstLoadJs, importsOf } from './first-load-js';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A built app in miniature: index.html, and chunks whose code is only their imports. */
function fakeDist(chunks: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'cg-first-load-'));
  made.push(dist);
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<script type="module" crossorigin src="./assets/index-AAAAAAAA.js"></script>\n<link rel="modulepreload" crossorigin href="./assets/react-BBBBBBBB.js">',
  );
  for (const [file, code] of Object.entries(chunks)) writeFileSync(join(dist, 'assets', file), code);
  return dist;
}

const APP = {
  'index-AAAAAAAA.js':
    'import{a as e}from"./react-BBBBBBBB.js";const p=()=>import(`./play-page-CCCCCCCC.js`),d=()=>import(`./debrief-page-DDDDDDDD.js`),' +
    'h=()=>import(`./history-page-EEEEEEEE.js`),s=()=>import(`./storage-FFFFFFFF.js`),w=()=>import(`./calm-talk-GGGGGGGG.js`),' +
    'v=()=>import(`./calm-talk-play-LLLLLLLL.js`);',
  'react-BBBBBBBB.js': 'export const a=1;'.repeat(40),
  'play-page-CCCCCCCC.js': 'import"./react-BBBBBBBB.js";import{s}from"./create-session-HHHHHHHH.js";export const P=1;',
  'create-session-HHHHHHHH.js': 'export const s="xstate";',
  'debrief-page-DDDDDDDD.js': 'import{c}from"./charts-IIIIIIII.js";const e=()=>import(`./evidence-JJJJJJJJ.js`);',
  'charts-IIIIIIII.js': 'export const c=2;',
  'evidence-JJJJJJJJ.js': 'export default {};',
  'history-page-EEEEEEEE.js': 'import{c}from"./charts-IIIIIIII.js";',
  'storage-FFFFFFFF.js': 'import"./react-BBBBBBBB.js";import"./dexie-KKKKKKKK.js";',
  'dexie-KKKKKKKK.js': 'export const d="dexie";',
  'calm-talk-GGGGGGGG.js': 'export default JSON.parse(`{"feedback":1}`);',
  'calm-talk-play-LLLLLLLL.js': 'export default JSON.parse(`{}`);',
};

const gz = (code: string) => gzipSync(code, { level: 9 }).length;

describe('firstLoadJs', () => {
  it("adds each route's lazy chunks and their static imports to the entry, but not what they load later: play the scenario's play copy, the debrief the whole", () => {
    const { routes } = firstLoadJs(fakeDist(APP), 'calm-talk');
    const files = Object.fromEntries(routes.map((r) => [r.route, r.files]));
    const entry = ['index-AAAAAAAA.js', 'react-BBBBBBBB.js'];
    expect(files.library).toEqual(entry);
    expect(files.play).toEqual([...entry, 'calm-talk-play-LLLLLLLL.js', 'create-session-HHHHHHHH.js', 'play-page-CCCCCCCC.js'].sort());
    expect(files.debrief).toEqual([...entry, 'calm-talk-GGGGGGGG.js', 'charts-IIIIIIII.js', 'debrief-page-DDDDDDDD.js'].sort());
    expect(files.history).toEqual([...entry, 'charts-IIIIIIII.js', 'history-page-EEEEEEEE.js'].sort());
  });

  it('sums the gzip size of every file once, and reports storage as what it adds beyond the entry', () => {
    const { routes, storageGzipBytes } = firstLoadJs(fakeDist(APP), 'calm-talk');
    const library = routes.find((r) => r.route === 'library');
    expect(library?.gzipBytes).toBe(gz(APP['index-AAAAAAAA.js']) + gz(APP['react-BBBBBBBB.js']));
    expect(storageGzipBytes).toBe(gz(APP['storage-FFFFFFFF.js']) + gz(APP['dexie-KKKKKKKK.js']));
  });

  it('fails when a route’s chunk is missing, rather than reporting a smaller route', () => {
    expect(() => firstLoadJs(fakeDist(APP), 'no-such-scenario')).toThrow('no chunk "no-such-scenario-play" is imported on the play route');
  });
});

describe('importsOf and chunkName', () => {
  it('tells static imports from dynamic ones', () => {
    expect(importsOf('import{a}from"./x-AAAAAAAA.js";import"./y-BBBBBBBB.js";f(()=>import(`./z-CCCCCCCC.js`))')).toEqual({
      staticImports: ['x-AAAAAAAA.js', 'y-BBBBBBBB.js'],
      dynamicImports: ['z-CCCCCCCC.js'],
    });
  });

  it('finds an import that follows a comment (the bundler leaves `/* empty css */` between imports)', () => {
    expect(importsOf('import{a}from"./x-AAAAAAAA.js";/* empty css */import{n as f}from"./y-BBBBBBBB.js";').staticImports).toEqual([
      'x-AAAAAAAA.js',
      'y-BBBBBBBB.js',
    ]);
  });

  it('drops only the content hash, so a scenario and its longer-named neighbour stay apart', () => {
    expect(chunkName('work-injury-claim-Dfi_Vgsm.js')).toBe('work-injury-claim');
    expect(chunkName('score-attempt-async-DwwZDyXw.js')).toBe('score-attempt-async');
    expect(chunkName('record-checks-BZrWGBp-.js')).toBe('record-checks');
  });
});
