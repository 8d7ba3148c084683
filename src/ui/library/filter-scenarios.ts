import type { Difficulty, ReviewFactor } from '../../engine/trainee';
import type { CatalogEntry } from '../scenarios/scenario-source';

export interface LibraryFilter {
  factor: ReviewFactor | 'all';
  difficulty: Difficulty | 'all';
}

export const NO_FILTER: LibraryFilter = { factor: 'all', difficulty: 'all' };

const DIFFICULTY_ORDER: Record<Difficulty, number> = { introductory: 0, intermediate: 1, advanced: 2 };

/**
 * Scenarios matching the filter, easiest first. Within a difficulty they keep
 * the catalog's order (sort is stable), which the build makes title order.
 */
export function filterScenarios(catalog: readonly CatalogEntry[], filter: LibraryFilter): CatalogEntry[] {
  return catalog
    .filter((entry) => filter.factor === 'all' || entry.factors.includes(filter.factor))
    .filter((entry) => filter.difficulty === 'all' || entry.difficulty === filter.difficulty)
    .sort((a, b) => DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty]);
}

/** Where a new trainee should begin: the easiest, then shortest, scenario. */
export function suggestedStart(catalog: readonly CatalogEntry[]): CatalogEntry | null {
  const sorted = [...catalog].sort(
    (a, b) => DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || a.estimatedMinutes - b.estimatedMinutes,
  );
  return sorted[0] ?? null;
}
