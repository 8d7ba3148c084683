import type { Plugin } from 'vite';

const STYLE_MOD = /[\\/]node_modules[\\/]style-mod[\\/]src[\\/]style-mod\.js$/;

/** style-mod 4.1's test for "use a constructed stylesheet": only in a shadow root (one without a head). */
export const SHADOW_ROOT_ONLY = 'if (!root.head && root.adoptedStyleSheets && win.CSSStyleSheet)';
const ANY_ROOT = 'if (root.adoptedStyleSheets && win.CSSStyleSheet)';

/**
 * CodeMirror (the Author page's editor) styles itself through style-mod, which
 * in a document writes a `<style>` element: inline style that a policy without
 * 'unsafe-inline' blocks, leaving the editor unstyled. Constructed stylesheets
 * (`adoptedStyleSheets`) are not inline style, and style-mod already uses them
 * in shadow roots; this makes it use them in the document too. Browsers without
 * them (Safari before 16.4) keep the `<style>` path: the editor works there,
 * plainly styled.
 *
 * The build fails if a new style-mod no longer has the line, rather than
 * shipping an editor that the policy quietly unstyles.
 */
export function styleModAdoptedSheets(): Plugin {
  return {
    name: 'common-ground-style-mod-adopted-sheets',
    apply: 'build',
    transform(code, id) {
      if (!STYLE_MOD.test(id)) return null;
      if (!code.includes(SHADOW_ROOT_ONLY)) {
        this.error(
          `style-mod changed: "${SHADOW_ROOT_ONLY}" is no longer in ${id}. ` +
            'Check how it adds its styles now (see src/build/style-mod-adopted-sheets.ts) before building.',
        );
      }
      return { code: code.replace(SHADOW_ROOT_ONLY, ANY_ROOT), map: null };
    },
  };
}
