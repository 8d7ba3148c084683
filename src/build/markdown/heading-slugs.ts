/** A diagnostic's heading (`SCN034: Unknown next or route target (error)`) is found by its code alone. */
const DIAGNOSTIC_HEADING = /^(SCN\d{3}):/;

/**
 * Gives headings the ids GitHub gives them (lower case, punctuation dropped,
 * spaces to hyphens, `-1`, `-2` on repeats), so the guide's `#links` work on
 * GitHub and in the app alike. A diagnostic's heading gets its code (`scn034`):
 * the Author page links each diagnostic there, and a code outlives its title.
 */
export function createSlugger(): (headingText: string) => string {
  const seen = new Map<string, number>();
  return (headingText) => {
    const code = DIAGNOSTIC_HEADING.exec(headingText)?.[1];
    const base =
      code?.toLowerCase() ??
      headingText
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
        .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}
