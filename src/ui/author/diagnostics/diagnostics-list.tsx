import { memo } from 'react';
import type { Diagnostic, Severity } from '../../../engine/authoring';
import { guideHref } from '../guide/guide-link';

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };
/** A shape as well as a colour, so severity never rests on colour alone. */
const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

interface Props {
  diagnostics: readonly Diagnostic[];
  /** Moves the editor's cursor to the line and focuses it. */
  onJump: (line: number, col: number) => void;
  /** True while the checker is still working on the latest text. */
  checking: boolean;
  /** The full check (with route analysis and its lints) has run on this text. */
  analysed: boolean;
}

export function summarise(diagnostics: readonly Diagnostic[]): string {
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  const parts = [
    [count('error'), 'error', 'errors'],
    [count('warning'), 'warning', 'warnings'],
    [count('info'), 'note', 'notes'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return said.length === 0 ? 'No problems found' : said.join(', ');
}

/** The guide's section on a code: each diagnostic has one, under its code (scn034). */
export const diagnosticGuideHref = (code: string) => guideHref(code.toLowerCase());

/** The checker's findings as a list; each item moves the cursor to its line and links to the guide's entry on its code. */
export const DiagnosticsList = memo(function DiagnosticsList({ diagnostics, onJump, checking, analysed }: Props) {
  return (
    <div className="author-diagnostics">
      <p className="author-diagnostics-summary" role="status">
        {summarise(diagnostics)}
        {checking
          ? ' · checking…'
          : analysed
            ? ''
            : diagnostics.some((d) => d.severity === 'error')
              ? ' · the route analysis runs once the errors are fixed'
              : ' · route analysis pending'}
      </p>
      {diagnostics.length > 0 && (
        <ul className="author-diagnostics-list" aria-label="Problems">
          {diagnostics.map((d, i) => (
            <li key={`${d.code}-${d.line}-${d.col}-${i}`}>
              <button type="button" className={`author-diagnostic author-diagnostic-${d.severity}`} onClick={() => onJump(d.line, d.col)}>
                <span className="author-diagnostic-where">
                  <span aria-hidden="true">{SEVERITY_ICON[d.severity]} </span>
                  <span className="visually-hidden">{SEVERITY_LABEL[d.severity]},</span> Line {d.line}:{d.col}
                </span>{' '}
                <code>{d.code}</code> {d.message}
              </button>
              <a className="author-diagnostic-guide" href={diagnosticGuideHref(d.code)}>
                About {d.code} in the guide
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
