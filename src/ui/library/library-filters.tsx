import { DIFFICULTIES, type Difficulty, type ReviewFactor } from '../../engine/trainee';
// Straight from the types module: the engine's index would pull the runtime (xstate) into the first-load bundle.
import { DIFFICULTY_LABELS, FACTOR_LABELS } from '../scenarios/labels';
import type { LibraryFilter } from './filter-scenarios';

interface Props {
  factors: readonly ReviewFactor[];
  filter: LibraryFilter;
  onChange: (filter: LibraryFilter) => void;
}

/** Two labelled selects: native controls, so keyboards and screen readers just work. */
export function LibraryFilters({ factors, filter, onChange }: Props) {
  return (
    <form className="library-filters" aria-label="Filter scenarios" onSubmit={(e) => e.preventDefault()}>
      <label>
        <span>Review factor</span>
        <select value={filter.factor} onChange={(e) => onChange({ ...filter, factor: e.target.value as LibraryFilter['factor'] })}>
          <option value="all">All factors</option>
          {factors.map((factor) => (
            <option key={factor} value={factor}>
              {FACTOR_LABELS[factor]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Difficulty</span>
        <select value={filter.difficulty} onChange={(e) => onChange({ ...filter, difficulty: e.target.value as Difficulty | 'all' })}>
          <option value="all">All levels</option>
          {DIFFICULTIES.map((difficulty) => (
            <option key={difficulty} value={difficulty}>
              {DIFFICULTY_LABELS[difficulty]}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
