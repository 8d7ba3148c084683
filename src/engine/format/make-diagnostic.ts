import type { Diagnostic, Severity } from './diagnostic.types';
import { diagnosticInfo } from './diagnostic-catalogue';

export type DocumentPath = (string | number)[];

/** A 1-based position in the source text. */
export interface SourcePosition {
  line: number;
  col: number;
}

/** Validators report line 0, col 0; the checker fills positions from `path`. */
export const NO_POSITION: SourcePosition = { line: 0, col: 0 };

/** A diagnostic with the catalogue's default severity unless one is given. */
export function makeDiagnostic(
  code: string,
  message: string,
  path: DocumentPath,
  file: string,
  position: SourcePosition = NO_POSITION,
  severity: Severity = diagnosticInfo(code).severity,
): Diagnostic {
  return { code, severity, message, file, line: position.line, col: position.col, path };
}

/** 1-based line and column of a character offset. */
export function positionAt(source: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorted by position, then severity, so output reads top to bottom. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.line - b.line || a.col - b.col || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code),
  );
}
