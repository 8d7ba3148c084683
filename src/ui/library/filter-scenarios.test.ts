import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../scenarios/scenario-source';
import { filterScenarios, NO_FILTER, suggestedStart } from './filter-scenarios';

const entry = (
  id: string,
  difficulty: CatalogEntry['difficulty'],
  factors: CatalogEntry['factors'],
  estimatedMinutes = 10,
): CatalogEntry => ({
  id,
  title: id,
  summary: '',
  difficulty,
  estimatedMinutes,
  factors,
  persona: { name: 'P', age: 40, condition: 'Low back pain' },
  contentHash: id,
});

// In the catalog's (title) order, as the build emits it.
const catalog = [
  entry('Anger at the front desk', 'advanced', ['anger', 'hostility']),
  entry('Benefits review', 'introductory', ['perceived-injustice'], 12),
  entry('Carer at the end of her tether', 'intermediate', ['anger']),
  entry('Dismissed before', 'introductory', ['perceived-injustice', 'anger'], 8),
];

describe('filterScenarios', () => {
  it('lists easiest first, keeping the catalog order within a difficulty', () => {
    expect(filterScenarios(catalog, NO_FILTER).map((e) => e.id)).toEqual([
      'Benefits review',
      'Dismissed before',
      'Carer at the end of her tether',
      'Anger at the front desk',
    ]);
  });

  it('keeps only scenarios that train the chosen factor at the chosen difficulty', () => {
    expect(filterScenarios(catalog, { factor: 'anger', difficulty: 'all' }).map((e) => e.id)).toEqual([
      'Dismissed before',
      'Carer at the end of her tether',
      'Anger at the front desk',
    ]);
    expect(filterScenarios(catalog, { factor: 'perceived-injustice', difficulty: 'introductory' })).toHaveLength(2);
    expect(filterScenarios(catalog, { factor: 'hostility', difficulty: 'introductory' })).toEqual([]);
  });

  it('does not reorder the catalog it was given', () => {
    const before = catalog.map((e) => e.id);
    filterScenarios(catalog, NO_FILTER);
    expect(catalog.map((e) => e.id)).toEqual(before);
  });
});

describe('suggestedStart', () => {
  it('suggests the easiest, then shortest, scenario', () => {
    expect(suggestedStart(catalog)?.id).toBe('Dismissed before');
    expect(suggestedStart([])).toBeNull();
  });
});
