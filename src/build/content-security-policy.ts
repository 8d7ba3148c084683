/**
 * The Content Security Policy of the built app, and the HTTP headers a host
 * should send with it. Pure: the Vite plugin (csp-plugin.ts) puts the policy
 * in a meta tag; the README's "HTTP headers to send" lists the rest, and a
 * test keeps the two in step.
 */

/**
 * An origin the app may send statements to, as CSP writes it: `http` or
 * `https`, a host, and an optional port or `*` for any port (the end-to-end
 * tests' loopback LRS servers take whatever port is free).
 */
const ORIGIN_PATTERN = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}|\*))?$/i;

/** A build-time setting that cannot be used; the build stops with this message. */
export class LrsOriginsError extends Error {
  override name = 'LrsOriginsError';
}

/**
 * Reads `LRS_ORIGINS` (space-separated origins). Empty or unset means no LRS:
 * the app talks only to the site it was loaded from.
 */
export function parseLrsOrigins(value: string | undefined): string[] {
  const words = (value ?? '').split(/\s+/).filter(Boolean);
  return words.map((word) => {
    const match = ORIGIN_PATTERN.exec(word);
    const [, scheme, host, port] = match ?? [];
    let canonical: string | null = null;
    if (scheme && host) {
      try {
        const url = new URL(`${scheme}://${host}${port && port !== '*' ? `:${port}` : ''}`);
        canonical = url.origin === 'null' ? null : url.origin + (port === '*' ? ':*' : '');
      } catch {
        canonical = null;
      }
    }
    if (!canonical) {
      throw new LrsOriginsError(
        `LRS_ORIGINS: "${word}" is not an origin. Write each LRS as scheme, host and optional port, ` +
          `with no path, separated by spaces: for example LRS_ORIGINS="https://lrs.example.edu http://127.0.0.1:8080".`,
      );
    }
    return canonical;
  });
}

/**
 * The policy for the meta tag. Everything comes from the app's own origin;
 * statements may also go to the LRS origins the deployment named. No inline
 * script or style: React's `style` props and motion set styles through the
 * CSSOM, which the policy does not govern, and the editor's stylesheets are
 * constructed ones (see style-mod-adopted-sheets.ts).
 */
export function contentSecurityPolicy(lrsOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // data: for small inlined icons; blob: for audio decoded in memory.
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self'",
    "worker-src 'self'",
    ['connect-src', "'self'", ...lrsOrigins].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * What a meta tag cannot say (browsers ignore `frame-ancestors` there) and
 * the other headers a host should send. The README lists these verbatim.
 * No microphone, camera or location: speech is synthesis only, which needs none.
 */
export const HTTP_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'self'",
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Content-Type-Options': 'nosniff',
};
