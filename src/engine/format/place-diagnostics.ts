import type { Diagnostic } from './diagnostic.types';
import type { DocumentPath, SourcePosition } from './make-diagnostic';
import type { SourceLocator } from './source-locator';

/** Codes about a field name rather than its value point at the name. */
const KEY_CODES = new Set(['SCN010', 'SCN012', 'SCN019']);

const isAfter = (a: SourcePosition, b: SourcePosition) => a.line > b.line || (a.line === b.line && a.col > b.col);

/**
 * SCN038 with both `next` and `routes` points at the name of whichever of
 * the two the author wrote second: that is the field to delete or reconsider.
 * The validator cannot tell (parsed objects keep no source order), so it
 * reports the path of `routes` and the position is settled here.
 */
function secondOfNextAndRoutes(path: DocumentPath, locator: SourceLocator): SourcePosition {
  const owner = path.slice(0, -1);
  const next = locator.locate([...owner, 'next'], true);
  const routes = locator.locate([...owner, 'routes'], true);
  return isAfter(next, routes) ? next : routes;
}

/**
 * Fills line and column for diagnostics reported by path only (line 0).
 * The locator parses the source lazily, so a clean file costs nothing here.
 */
export function placeDiagnostics(diagnostics: Diagnostic[], locator: SourceLocator): Diagnostic[] {
  return diagnostics.map((diagnostic) => {
    if (diagnostic.line > 0) return diagnostic;
    const { code, path } = diagnostic;
    const { line, col } =
      code === 'SCN038' && path.at(-1) === 'routes' ? secondOfNextAndRoutes(path, locator) : locator.locate(path, KEY_CODES.has(code));
    return { ...diagnostic, line, col };
  });
}
