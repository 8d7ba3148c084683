import type { Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import type { Diagnostic } from '../../../engine/authoring';

/** The part of a CodeMirror Text the conversion needs (a stub in tests). */
export interface LineSource {
  readonly lines: number;
  line: (n: number) => { from: number; to: number; text: string };
}

/**
 * The checker's diagnostics (1-based line and column) as CodeMirror ranges:
 * from the column to the end of the line's text, so the underline covers the
 * offending value. The code leads the message, as in the CLI.
 */
export function toEditorDiagnostics(doc: LineSource, diagnostics: readonly Diagnostic[]): EditorDiagnostic[] {
  return diagnostics.map((d) => {
    const line = doc.line(Math.min(Math.max(1, d.line), doc.lines));
    const from = Math.min(line.from + Math.max(0, d.col - 1), line.to);
    const end = line.from + line.text.trimEnd().length;
    return {
      from,
      to: Math.max(from, end),
      severity: d.severity,
      source: d.code,
      message: `${d.code} ${d.message}`,
    };
  });
}

/** Character offset of a 1-based line and column, clamped into the document. */
export function offsetOf(doc: LineSource, lineNumber: number, col = 1): number {
  const line = doc.line(Math.min(Math.max(1, lineNumber), doc.lines));
  return Math.min(line.from + Math.max(0, col - 1), line.to);
}
