/**
 * How scenario feedback cites the evidence base (seeds/README.md, "How
 * scenario feedback cites evidence"): a parenthesised group such as
 * "(Linton 2012; NURSE: Name)" lists shortCites separated by "; ". An item
 * may drop a family name already given earlier in the same group:
 * "(Project BETA: be concise; offer choices and optimism)".
 */

export interface CitableEntry {
  id: string;
  shortCite?: string;
  confidence?: string;
}

export interface CitationIndex {
  /** shortCite → ids of the entries carrying it (exactly one when the base is sound). */
  byShortCite: Map<string, string[]>;
  /** The part of each shortCite before ": " ("NURSE", "Linton 2012", "Project BETA"). */
  families: Set<string>;
  /** First word of each shortCite: a group starting with one is meant as a citation. */
  leadWords: Set<string>;
}

export interface ResolvedItem {
  item: string;
  /** The shortCite the item expands to, or null when nothing matches. */
  shortCite: string | null;
  ids: string[];
}

const FAMILY_SEPARATOR = ': ';
/** "Sullivan 2008", "Ryan & Harmon 2022", "Smith et al. 2019". */
const AUTHOR_YEAR = /\p{Lu}[\p{L}'’-]+(?: et al\.?| (?:and|&) \p{Lu}[\p{L}'’-]+)? (?:19|20)\d{2}\b/gu;
/** Guideline codes and acronym-year names: "NICE NG59", "NICE QS155", "CDC 2016", "EULAR 2017". */
const GUIDELINE_NAME = /\b(?:NICE (?:NG|QS|CG)\d+|\p{Lu}{3,} (?:19|20)\d{2})\b/gu;
/** An item opening with an acronym of three or more capitals ("IEQ", "MITI") reads as a source. */
const LEADING_ACRONYM = /^\p{Lu}[\p{Lu}\d-]{2,}\b/u;

export function familyOf(shortCite: string): string {
  const at = shortCite.indexOf(FAMILY_SEPARATOR);
  return at === -1 ? shortCite : shortCite.slice(0, at);
}

export function buildCitationIndex(entries: readonly CitableEntry[]): CitationIndex {
  const byShortCite = new Map<string, string[]>();
  const families = new Set<string>();
  const leadWords = new Set<string>();
  for (const entry of entries) {
    if (entry.shortCite === undefined) continue;
    byShortCite.set(entry.shortCite, [...(byShortCite.get(entry.shortCite) ?? []), entry.id]);
    families.add(familyOf(entry.shortCite));
    const lead = entry.shortCite.split(' ')[0];
    if (lead) leadWords.add(lead.replace(/:$/, ''));
  }
  return { byShortCite, families, leadWords };
}

/** Contents of the top-level parenthesised groups of a text, in order. */
export function parenthesisedGroups(text: string): string[] {
  const groups: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (text[i] === ')' && depth > 0) {
      depth--;
      if (depth === 0) groups.push(text.slice(start, i));
    }
  }
  return groups;
}

export function splitItems(group: string): string[] {
  return group
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** True when a group is meant as a citation rather than an aside such as "(goals)". */
export function isCitationGroup(group: string, index: CitationIndex): boolean {
  return splitItems(group).some((item) => {
    if (index.byShortCite.has(item) || LEADING_ACRONYM.test(item)) return true;
    if ([...index.leadWords].some((word) => item === word || item.startsWith(`${word} `) || item.startsWith(`${word}:`))) return true;
    return new RegExp(AUTHOR_YEAR.source, 'u').test(item) || new RegExp(GUIDELINE_NAME.source, 'u').test(item);
  });
}

/** Resolve each item of a citation group, letting an item inherit the family of the item before it. */
export function resolveGroup(group: string, index: CitationIndex): ResolvedItem[] {
  const resolved: ResolvedItem[] = [];
  let family: string | null = null;
  for (const item of splitItems(group)) {
    const candidates = [item, ...(family ? [`${family}${FAMILY_SEPARATOR}${item}`] : [])];
    const shortCite = candidates.find((candidate) => index.byShortCite.has(candidate)) ?? null;
    resolved.push({ item, shortCite, ids: shortCite ? (index.byShortCite.get(shortCite) ?? []) : [] });
    if (shortCite) family = familyOf(shortCite);
  }
  return resolved;
}

/** Sources named in running text (outside citation groups) that no shortCite or family covers. */
export function unknownNamedSources(text: string, index: CitationIndex): string[] {
  const prose = parenthesisedGroups(text)
    .filter((group) => isCitationGroup(group, index))
    .reduce((rest, group) => rest.replace(`(${group})`, ' '), text);
  const named = [...prose.matchAll(AUTHOR_YEAR), ...prose.matchAll(GUIDELINE_NAME)].map((match) => match[0]);
  return named.filter((name) => !index.families.has(name) && !index.byShortCite.has(name));
}
