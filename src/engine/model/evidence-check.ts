import type { Diagnostic } from '../format/diagnostic.types';

export const EVIDENCE_FILE = 'seeds/evidence.json';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

const DOI = /^10\.\d{4,9}\/\S+$/;
const PMID = /^\d{1,9}$/;
const STABLE_URL = /^https?:\/\/[^\s/]+\.[^\s/]+\/?\S*$/;

/**
 * What an entry's `source` lacks for a reader to find and check it: authors,
 * year, title, venue, and a DOI, PMID or stable URL. Empty when it is complete.
 */
export function missingSourceDetails(entry: unknown): string[] {
  const source = isObj(entry) && isObj(entry.source) ? entry.source : {};
  const hasYear = typeof source.year === 'number' && Number.isInteger(source.year) && source.year >= 1900 && source.year <= 2100;
  const missing = (['authors', 'year', 'title', 'venue'] as const).filter((field) =>
    field === 'year' ? !hasYear : !isText(source[field]),
  );
  const identified =
    (isText(source.doi) && DOI.test(source.doi)) ||
    (isText(source.pmid) && PMID.test(source.pmid)) ||
    (isText(source.url) && STABLE_URL.test(source.url));
  return identified ? [...missing] : [...missing, 'a DOI, PMID or stable URL'];
}

/**
 * SCN106: an entry may be marked `verified` only when a reader can check it,
 * so its source must carry every detail. Anything less is `secondary`, and a
 * secondary entry cannot carry a scoring rule alone (SCN107, in validateRubric).
 */
export function validateEvidence(evidence: unknown, file = EVIDENCE_FILE): Diagnostic[] {
  const entries = isObj(evidence) && Array.isArray(evidence.entries) ? evidence.entries : [];
  const out: Diagnostic[] = [];
  entries.forEach((entry: unknown, i) => {
    if (!isObj(entry) || entry.confidence !== 'verified') return;
    const missing = missingSourceDetails(entry);
    if (missing.length === 0) return;
    const id = isText(entry.id) ? entry.id : `entry ${i + 1}`;
    out.push({
      code: 'SCN106',
      severity: 'error',
      message: `Evidence "${id}" is marked verified but its source lacks ${missing.join(', ')}. Add them, or mark it secondary.`,
      file,
      line: 0,
      col: 0,
      path: ['entries', i, 'source'],
    });
  });
  return out;
}
