import './evidence.css';
import { useState } from 'react';
import { EvidenceDialog } from './evidence-dialog';
import { evidenceName } from './load-evidence';
import type { EvidenceState } from './use-evidence';

interface Props {
  ids: readonly string[];
  evidence: EvidenceState;
  /** What the list is, for screen readers, e.g. "Evidence for decision 3". */
  label: string;
}

/** The evidence a statement rests on: each id opens its entry in a dialog. */
export function EvidenceLinks({ ids, evidence, label }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  if (ids.length === 0) return null;
  const entries = evidence.data;
  return (
    <>
      <ul className="evidence-links" aria-label={label}>
        {ids.map((id) => (
          <li key={id}>
            <button type="button" className="link-button" aria-haspopup="dialog" onClick={() => setOpen(id)}>
              {evidenceName(id, entries?.get(id))}
            </button>
          </li>
        ))}
      </ul>
      {open !== null && (
        <EvidenceDialog id={open} entry={entries?.get(open)} loading={evidence.status === 'loading'} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
