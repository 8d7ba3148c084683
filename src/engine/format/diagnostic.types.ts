/**
 * An author mistake, reported as data. Codes are `SCN` plus three digits and
 * are never reused: a retired code stays retired (see diagnostic-catalogue.ts).
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  /** The file as the caller named it (a path, or a label such as "draft"). */
  file: string;
  /** 1-based line and column of the offending text. */
  line: number;
  col: number;
  /** Where in the document, e.g. ["nodes", 3, "choices", 0, "next"]. */
  path: (string | number)[];
}
