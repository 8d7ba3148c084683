import type { Diagnostic } from './diagnostic.types';
import type { SourceLocator } from './source-locator';

/** Codes about a field name rather than its value point at the name. */
const KEY_CODES = new Set(['SCN010', 'SCN012', 'SCN019']);

/**
 * Fills line and column for diagnostics reported by path only (line 0).
 * The locator parses the source lazily, so a clean file costs nothing here.
 */
export function placeDiagnostics(diagnostics: Diagnostic[], locator: SourceLocator): Diagnostic[] {
  return diagnostics.map((diagnostic) => {
    if (diagnostic.line > 0) return diagnostic;
    const { line, col } = locator.locate(diagnostic.path, KEY_CODES.has(diagnostic.code));
    return { ...diagnostic, line, col };
  });
}
