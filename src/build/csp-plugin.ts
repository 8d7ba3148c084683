import type { Plugin } from 'vite';
import { contentSecurityPolicy, parseLrsOrigins } from './content-security-policy.ts';
import { styleModAdoptedSheets } from './style-mod-adopted-sheets.ts';

const CHARSET = '<meta charset="UTF-8" />';

/** Puts `policy` in a meta tag right after the charset, before anything it governs. */
export function addPolicyMeta(html: string, policy: string): string {
  if (!html.includes(CHARSET)) throw new Error(`index.html has no ${CHARSET} to put the Content Security Policy after.`);
  return html.replace(CHARSET, `${CHARSET}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
}

/**
 * The built page's Content Security Policy, with the LRS origins named by the
 * build-time variable LRS_ORIGINS (an invalid one stops the build). Build only:
 * Vite's dev server injects inline scripts for hot reload, which the policy blocks.
 */
export function contentSecurityPolicyPlugin(lrsOrigins: string | undefined = process.env.LRS_ORIGINS): Plugin[] {
  let policy = '';
  return [
    {
      name: 'common-ground-csp',
      apply: 'build',
      configResolved() {
        policy = contentSecurityPolicy(parseLrsOrigins(lrsOrigins));
      },
      transformIndexHtml: (html) => addPolicyMeta(html, policy),
    },
    styleModAdoptedSheets(),
  ];
}
