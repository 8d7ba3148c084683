/**
 * Characters XML 1.0 does not allow anywhere in a document, not even as a
 * character reference (Char production, XML 1.0 §2.2): C0 controls other than
 * tab, newline and carriage return; U+FFFE and U+FFFF; and UTF-16 surrogates
 * that are not part of a pair (a lone surrogate is no character at all).
 */
// With the u flag a surrogate pair is one code point, so the range matches lone halves only.
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Shown in place of a character XML cannot carry, so the loss is visible rather than silent. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Written as references so they survive as themselves: a parser reads a
  // literal CR as a newline (§2.11), and tab and newline in an attribute as spaces (§3.3.3).
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Any text made safe for XML element content and attribute values (quoted
 * either way): markup characters become entities, tab and line breaks character
 * references, and characters XML forbids U+FFFD, so the document stays
 * well-formed, and reads back as the text, whatever the text holds.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, REPLACEMENT_CHARACTER).replace(/[&<>"'\t\n\r]/g, (char) => ENTITIES[char] ?? char);
}
