import { useEffect, useState } from 'react';
import { loadEvidence, type EvidenceItem } from './load-evidence';

export type EvidenceState = { status: 'loading' } | { status: 'ready'; entries: ReadonlyMap<string, EvidenceItem> } | { status: 'failed' };

/** The evidence base, loaded lazily; links show ids until it arrives. */
export function useEvidence(): EvidenceState {
  const [state, setState] = useState<EvidenceState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    loadEvidence().then(
      (entries) => !cancelled && setState({ status: 'ready', entries }),
      () => !cancelled && setState({ status: 'failed' }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
