import { describe, expect, it } from 'vitest';
import { escapeXml, REPLACEMENT_CHARACTER } from './escape-xml';

/** Parses `<t a="…">…</t>` with jsdom's strict XML parser; null when it is not well-formed. */
function roundTrip(text: string): { attribute: string | null; content: string | null } | null {
  const doc = new DOMParser().parseFromString(`<t a="${escapeXml(text)}" b='${escapeXml(text)}'>${escapeXml(text)}</t>`, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return null;
  return { attribute: doc.documentElement.getAttribute('b'), content: doc.documentElement.textContent };
}

describe('escapeXml', () => {
  it('turns the five markup characters into entities', () => {
    expect(escapeXml(`Tom & "Jerry" <b>'s</b>`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt;&apos;s&lt;/b&gt;');
  });

  it('replaces every character XML 1.0 forbids with U+FFFD', () => {
    const forbidden = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u000E', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF'];
    for (const char of forbidden) expect(escapeXml(`a${char}b`), JSON.stringify(char)).toBe(`a${REPLACEMENT_CHARACTER}b`);
  });

  it('keeps surrogate pairs, controls XML allows and bidi marks as they are', () => {
    expect(escapeXml('c 😀 \u0085 \u202E x')).toBe('c 😀 \u0085 \u202E x');
  });

  it('writes tab and line breaks as references, so they read back as themselves in content and attributes', () => {
    expect(escapeXml('a\tb\r\nc')).toBe('a&#9;b&#13;&#10;c');
    expect(roundTrip('a\tb\r\nc')).toEqual({ attribute: 'a\tb\r\nc', content: 'a\tb\r\nc' });
  });

  it('always gives well-formed XML, in content and in either kind of quoted attribute', () => {
    let every = '';
    for (let code = 0; code < 0x80; code += 1) every += String.fromCharCode(code);
    every += '\uD800 \uDC00 \uFFFE \uFFFF \u202A\u202E\u2066\u2069 😀 ]]> &amp; <!-- -->';
    const parsed = roundTrip(every);
    expect(parsed).not.toBeNull();
    expect(parsed?.content).toContain('😀 ]]> &amp; <!-- -->');
    expect(parsed?.attribute).toBe(parsed?.content);
  });
});
