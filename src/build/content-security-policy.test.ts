import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, HTTP_HEADERS, LrsOriginsError, parseLrsOrigins } from './content-security-policy';
import { addPolicyMeta } from './csp-plugin';
import readme from '../../README.md?raw';

const directive = (policy: string, name: string) => policy.split('; ').find((part) => part.split(' ')[0] === name);

describe('parseLrsOrigins', () => {
  it('reads nothing from an unset or blank variable', () => {
    expect(parseLrsOrigins(undefined)).toEqual([]);
    expect(parseLrsOrigins('  \n ')).toEqual([]);
  });

  it('reads space-separated http and https origins, normalised', () => {
    expect(parseLrsOrigins(' https://LRS.Example.edu  http://127.0.0.1:8080\thttps://lrs.example.edu:443 ')).toEqual([
      'https://lrs.example.edu',
      'http://127.0.0.1:8080',
      'https://lrs.example.edu',
    ]);
  });

  it('allows any port with :* (the e2e loopback servers) and IPv6 hosts', () => {
    expect(parseLrsOrigins('http://127.0.0.1:* https://[::1]:8443')).toEqual(['http://127.0.0.1:*', 'https://[::1]:8443']);
  });

  it.each([
    'https://lrs.example.edu/xAPI/',
    'lrs.example.edu',
    'ftp://lrs.example.edu',
    'https:',
    'https://*.example.edu',
    'https://lrs.example.edu:99999',
    'https://lrs.example.edu;script-src',
    'https://user:pw@lrs.example.edu',
    'https://user@lrs.example.edu',
    "'unsafe-inline'",
  ])('stops the build on %s, naming it', (word) => {
    expect(() => parseLrsOrigins(`https://ok.example.edu ${word}`)).toThrow(LrsOriginsError);
    expect(() => parseLrsOrigins(word)).toThrow(`"${word}" is not an origin`);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows no inline style or script and no other host by default', () => {
    const policy = contentSecurityPolicy([]);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/https:(?!\/)/);
    expect(directive(policy, 'style-src')).toBe("style-src 'self'");
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
  });

  it('lets statements go to the named LRS origins only', () => {
    const policy = contentSecurityPolicy(parseLrsOrigins('https://lrs.example.edu http://127.0.0.1:*'));
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' https://lrs.example.edu http://127.0.0.1:*");
  });

  it('leaves frame-ancestors to a header, where browsers honour it', () => {
    expect(contentSecurityPolicy([])).not.toContain('frame-ancestors');
    expect(HTTP_HEADERS['Content-Security-Policy']).toBe("frame-ancestors 'self'");
  });
});

describe('addPolicyMeta', () => {
  it('puts the policy right after the charset', () => {
    const html = addPolicyMeta('<head>\n    <meta charset="UTF-8" />\n    <title>x</title>', "default-src 'self'");
    expect(html).toBe(
      `<head>\n    <meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src 'self'" />\n    <title>x</title>`,
    );
  });

  it('throws when the page has nowhere to put it', () => {
    expect(() => addPolicyMeta('<head></head>', "default-src 'self'")).toThrow(/charset/);
  });
});

describe('README "HTTP headers to send"', () => {
  it.each(Object.entries(HTTP_HEADERS))('lists %s exactly as the build means it', (name, value) => {
    expect(readme).toContain(`${name}: ${value}`);
  });
});
