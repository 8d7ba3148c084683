/**
 * Edit distance with adjacent transpositions (optimal string alignment), so
 * "titel" is one edit from "title". Returns max + 1 once beyond `max`.
 */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] ?? [];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}

/**
 * The candidate an author most likely meant, for "did you mean" hints:
 * a case-insensitive match first, then the nearest within a few edits.
 * `exclude` is never suggested (a link's own node: following it would loop).
 */
export function closestMatch(word: string, candidates: Iterable<string>, exclude?: string): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length === 0 || lower.length > 80) return undefined;
  const max = lower.length <= 3 ? 1 : lower.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    if (candidate === exclude) continue;
    if (candidate.toLowerCase() === lower) return candidate;
    const d = distance(lower, candidate.toLowerCase(), max);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** " (did you mean "x"?)" or an empty string. */
export function didYouMean(word: string, candidates: Iterable<string>, exclude?: string): string {
  const match = closestMatch(word, candidates, exclude);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}
