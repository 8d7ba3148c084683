// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHADOW_ROOT_ONLY, styleModAdoptedSheets } from './style-mod-adopted-sheets';

const STYLE_MOD_PATH = resolve('node_modules/style-mod/src/style-mod.js');

type Transform = (this: { error: (message: string) => never }, code: string, id: string) => { code: string } | null;
const transform = styleModAdoptedSheets().transform as Transform;
const context = {
  error: (message: string): never => {
    throw new Error(message);
  },
};

describe('styleModAdoptedSheets', () => {
  it('makes the installed style-mod use constructed stylesheets in the document too', () => {
    const source = readFileSync(STYLE_MOD_PATH, 'utf8');
    expect(source).toContain(SHADOW_ROOT_ONLY);
    const result = transform.call(context, source, STYLE_MOD_PATH);
    expect(result?.code).not.toContain('!root.head');
    expect(result?.code).toContain('if (root.adoptedStyleSheets && win.CSSStyleSheet)');
  });

  it('leaves every other module alone', () => {
    expect(transform.call(context, SHADOW_ROOT_ONLY, resolve('src/ui/author/editor/x.ts'))).toBeNull();
  });

  it('fails the build when style-mod no longer has the line it changes', () => {
    expect(() => transform.call(context, 'export class StyleModule {}', STYLE_MOD_PATH)).toThrow(/style-mod changed/);
  });
});
