import { useAfterFirstScreen } from '../common/after-first-screen';
import type { Loaded } from '../data/use-loaded';
import { useLoaded } from '../data/use-loaded';
import { loadEvidence, type EvidenceItem } from './load-evidence';

export type EvidenceState = Loaded<ReadonlyMap<string, EvidenceItem>>;

/**
 * The evidence base, loaded lazily; links show ids until it arrives. Asked
 * for once the first screen is shown: on a debrief opened from a link, its 27
 * KB would otherwise share the network with the summary it does not appear in.
 */
export function useEvidence(): EvidenceState {
  const wanted = useAfterFirstScreen();
  // A transition: the evidence arrives while a debrief is still drawing, and
  // every link on it re-renders with the entries' titles.
  return useLoaded(wanted ? loadEvidence : null, { transition: true });
}
