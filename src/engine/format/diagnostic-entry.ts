import type { DiagnosticInfo } from './diagnostic-info.types';

/** One catalogue entry, written positionally so each catalogue file reads as a table. */
export const diagnosticEntry = (
  code: string,
  name: string,
  title: string,
  severity: DiagnosticInfo['severity'],
  description: string,
  example: string,
  fix: string,
): DiagnosticInfo => ({ code, name, title, severity, description, example, fix });
