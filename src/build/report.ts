import type { CheckResult, Diagnostic } from '../engine/authoring';

/** The one line per diagnostic that editors and CI understand: `path:line:col severity SCNnnn message`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code} ${d.message}`;
}

export interface ReportCounts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function countDiagnostics(results: readonly CheckResult[], extra: readonly Diagnostic[] = []): ReportCounts {
  const all = [...results.flatMap((r) => r.diagnostics), ...extra];
  const count = (severity: Diagnostic['severity']) => all.filter((d) => d.severity === severity).length;
  return { files: results.length, errors: count('error'), warnings: count('warning'), infos: count('info') };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Checked 4 scenarios: 1 error, 2 warnings, 0 notes." */
export function summaryLine(counts: ReportCounts): string {
  const verdict = counts.errors === 0 ? 'ok' : 'FAILED';
  return `Checked ${plural(counts.files, 'scenario')}: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'note')} (${verdict}).`;
}

/** Human output: every diagnostic on its own line, then the summary. */
export function formatHumanReport(results: readonly CheckResult[], extra: readonly Diagnostic[] = []): string {
  const lines = [...extra, ...results.flatMap((r) => r.diagnostics)].map(formatDiagnostic);
  return [...lines, summaryLine(countDiagnostics(results, extra))].join('\n');
}

/** One JSON object per file, without the built scenario itself. */
export function toJsonReport(results: readonly CheckResult[], extra: readonly Diagnostic[] = []) {
  const files = results.map(({ file, id, title, ok, diagnostics, stats }) => ({
    file,
    id,
    title,
    ok,
    diagnostics: diagnostics.map(({ code, severity, message, line, col, path }) => ({ code, severity, message, line, col, path })),
    stats,
  }));
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of extra) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const others = [...byFile].map(([file, diagnostics]) => ({
    file,
    id: null,
    title: null,
    ok: !diagnostics.some((d) => d.severity === 'error'),
    diagnostics: diagnostics.map(({ code, severity, message, line, col, path }) => ({ code, severity, message, line, col, path })),
    stats: null,
  }));
  return [...others, ...files];
}

/** Exit status: 1 when anything is an error. */
export function exitCodeFor(results: readonly CheckResult[], extra: readonly Diagnostic[] = []): number {
  return countDiagnostics(results, extra).errors > 0 ? 1 : 0;
}
