import { startTransition, useEffect, useState } from 'react';
import { loadEvidence, type EvidenceItem } from './load-evidence';

export type EvidenceState = { status: 'loading' } | { status: 'ready'; entries: ReadonlyMap<string, EvidenceItem> } | { status: 'failed' };

/** The evidence base, loaded lazily; links show ids until it arrives. */
export function useEvidence(): EvidenceState {
  const [state, setState] = useState<EvidenceState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    // Transitions: the evidence arrives while a debrief is still drawing, and
    // every link on it re-renders with the entries' titles.
    loadEvidence().then(
      (entries) => !cancelled && startTransition(() => setState({ status: 'ready', entries })),
      () => !cancelled && startTransition(() => setState({ status: 'failed' })),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
