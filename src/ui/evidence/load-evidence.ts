import type { EvidenceEntry } from '../../engine/trainee';

/** An evidence entry as seeds/evidence.json holds it (shortCite only where feedback cites it). */
export interface EvidenceItem extends EvidenceEntry {
  shortCite?: string;
}

let pending: Promise<ReadonlyMap<string, EvidenceItem>> | null = null;

/**
 * The evidence base, by id. Loaded on first use as its own chunk: the debrief
 * needs it, the library and play screens do not, so it stays off the first load.
 */
export function loadEvidence(): Promise<ReadonlyMap<string, EvidenceItem>> {
  pending ??= import('../../../seeds/evidence.json')
    .then((module) => {
      const entries = (module.default as { entries: EvidenceItem[] }).entries;
      return new Map(entries.map((entry) => [entry.id, entry]));
    })
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}

/** An entry's link text: its title (distinct per entry, unlike short citations), else its id. */
export function evidenceName(id: string, entry: EvidenceItem | undefined): string {
  return entry?.title ?? id;
}

export const CONFIDENCE_TEXT: Record<string, string> = {
  verified: 'Verified: checked against the primary source or the official page.',
  secondary: 'Secondary: known only from a summary of the source, or a design choice resting on other entries.',
};
