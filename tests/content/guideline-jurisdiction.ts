/**
 * Which clinical guidelines fit where a scenario is set. A national guideline
 * (jurisdiction: a two-letter country code such as GB or US) fits only a
 * scenario set in that country; a multinational one (a region such as
 * "Europe") fits any. Research papers carry no jurisdiction.
 */

export interface GuidelineEntry {
  id: string;
  kind?: string;
  jurisdiction?: string;
  supersededBy?: string;
}

const COUNTRY_CODE = /^[A-Z]{2}$/;

/** Why citing this entry in a scenario set in `country` is wrong, or null when it fits. */
export function jurisdictionProblem(entry: GuidelineEntry, country: string): string | null {
  if (entry.supersededBy) return `${entry.id} has been replaced by ${entry.supersededBy}`;
  if (entry.kind !== 'clinical-guideline') return null;
  if (!entry.jurisdiction) return `${entry.id} is a clinical guideline without a jurisdiction`;
  if (COUNTRY_CODE.test(entry.jurisdiction) && entry.jurisdiction !== country)
    return `${entry.id} is a ${entry.jurisdiction} guideline, and the scenario is set in ${country}`;
  return null;
}
