import type { DocumentPath } from './make-diagnostic';
import type { Scenario } from './scenario.types';
import type { Report } from './validate-ids';

/**
 * Characters an author never means to type (SCN080): C0 controls but tab and
 * newline, DEL and the C1 controls, U+FFFE/U+FFFF, lone surrogates, and the
 * bidirectional embeddings, overrides and isolates. The directional marks
 * U+200E, U+200F and U+061C are left out on purpose: they reorder nothing.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/gu;

const NAMES: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

function characterName(code: number): string {
  if (NAMES[code]) return `${hex(code)} ${NAMES[code]}, which can make the text display in another order than it is written`;
  if (code >= 0xd800 && code <= 0xdfff) return `${hex(code)}, half of a broken emoji or symbol`;
  if (code === 0xfffe || code === 0xffff) return `${hex(code)}, which is not a character`;
  return `the control character ${hex(code)}, which does not show and can break exported files`;
}

/** Calls `visit` for every string in the scenario: titles, lines, choices, feedback, persona, all alike. */
function eachString(value: unknown, path: DocumentPath, visit: (text: string, path: DocumentPath) => void): void {
  if (typeof value === 'string') {
    visit(value, path);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  // One path, grown and shrunk in place: a copy is made only when something is reported.
  for (const [key, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    path.push(key);
    eachString(child, path, visit);
    path.pop();
  }
}

/** Control and text-direction characters in any text field (SCN080), one report per field. */
export function validateText(scenario: Scenario, report: Report): void {
  eachString(scenario, [], (text, path) => {
    const found = [...text.matchAll(INVISIBLE)];
    const first = found[0];
    if (!first) return;
    const code = first[0].codePointAt(0) ?? 0;
    const more = found.length > 1 ? ` (and ${found.length - 1} more such character${found.length > 2 ? 's' : ''})` : '';
    const position = [...text.slice(0, first.index)].length + 1;
    report('SCN080', `This text holds ${characterName(code)}, at character ${position}${more}. Delete it or retype the text.`, [...path]);
  });
}
