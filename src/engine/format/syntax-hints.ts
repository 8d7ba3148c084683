import { positionAt } from './make-diagnostic';
import type { SourcePosition } from './make-diagnostic';

const quoteCount = (line: string) => (line.replace(/\\./g, '').match(/"/g) ?? []).length;
const OPENS_VALUE = /(?::|^\s*-)\s+"/;
const STARTS_ENTRY = /^\s*(?:[\w$-]+:(?:\s|$)|- )/;

/**
 * A line before the error where a quoted value opens and is not closed,
 * followed by a line that looks like a new field: almost always a missing
 * closing quote. (Quoted text may legitimately span lines, but then the next
 * line does not look like "field: ".)
 */
function unclosedQuoteBefore(source: string, before: SourcePosition): SourcePosition | null {
  const lines = source.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length && i < before.line; i++) {
    const line = lines[i] ?? '';
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    if (OPENS_VALUE.test(line) && quoteCount(line) % 2 === 1 && (next === undefined || STARTS_ENTRY.test(next))) {
      return positionAt(source, offset + line.indexOf('"'));
    }
    offset += line.length + 1;
  }
  return null;
}

/**
 * js-yaml's terse reasons, with a hint an instructor can act on. An unclosed
 * quote is reported where it opens, not at the end of the file where the
 * parser noticed.
 */
export function explainSyntaxError(reason: string, source: string, at: SourcePosition): { message: string; position: SourcePosition } {
  const opened = unclosedQuoteBefore(source, at);
  if (opened && opened.line <= at.line) {
    return {
      message: `a double quote (") opens here and is not closed (the parser stopped at line ${at.line}: ${reason})`,
      position: opened,
    };
  }
  if (reason.includes('bad indentation') || reason.includes('end of the stream or a document separator is expected')) {
    return { message: `${reason} (check the indentation, and put text containing ": " or " #" in quotes)`, position: at };
  }
  if (reason.includes('tab characters')) return { message: 'a tab is used for indentation; indent with spaces', position: at };
  return { message: reason, position: at };
}

/** The first line with content (not blank, not a comment), for whole-document problems. */
export function firstContent(source: string): SourcePosition {
  const match = /^[ \t]*(?!#|---|\.\.\.)\S/m.exec(source);
  if (!match) return { line: 1, col: 1 };
  const leading = match[0].length - 1;
  return positionAt(source, match.index + leading);
}
