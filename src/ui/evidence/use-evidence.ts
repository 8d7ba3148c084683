import type { Loaded } from '../data/use-loaded';
import { useLoaded } from '../data/use-loaded';
import { loadEvidence, type EvidenceItem } from './load-evidence';

export type EvidenceState = Loaded<ReadonlyMap<string, EvidenceItem>>;

/** The evidence base, loaded lazily; links show ids until it arrives. */
export function useEvidence(): EvidenceState {
  // A transition: the evidence arrives while a debrief is still drawing, and
  // every link on it re-renders with the entries' titles.
  return useLoaded(loadEvidence, { transition: true });
}
