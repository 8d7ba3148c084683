import type { Severity } from './diagnostic.types';

/** One entry of the diagnostic catalogue: what a code means and how to fix it. */
export interface DiagnosticInfo {
  /** `SCN` plus three digits; never reused. */
  code: string;
  /** Short kebab-case name, stable like the code. */
  name: string;
  title: string;
  severity: Severity;
  description: string;
  /** A small snippet (YAML unless stated) that triggers the diagnostic. */
  example: string;
  fix: string;
  /** Retired codes stay listed so they are never handed out again. */
  retired?: boolean;
}
