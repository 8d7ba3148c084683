import type { CatalogEntry, CompiledScenario } from '../engine/trainee';

export const CATALOG_ID = 'virtual:scenario-catalog';
export const SCENARIO_ID_PREFIX = 'virtual:scenario/';
/** Rollup convention: a leading NUL marks a virtual module other plugins leave alone. */
export const RESOLVED_PREFIX = '\0';

/**
 * The catalog sorted by title here, at build time, so the library can list it
 * in that order without comparing strings itself: the first localeCompare on
 * a page loads the browser's collation data (about 80 ms on a slow phone).
 */
function inTitleOrder(entries: readonly CatalogEntry[]): CatalogEntry[] {
  return [...entries].sort((a, b) => a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id, 'en'));
}

/**
 * Source of `virtual:scenario-catalog`: the list plus a loader that imports
 * each built scenario on demand, so the library page ships only summaries.
 */
export function catalogModuleCode(entries: readonly CatalogEntry[]): string {
  const catalog = inTitleOrder(entries);
  const loaders = catalog
    .map((entry) => `  [${JSON.stringify(entry.id)}, () => import(${JSON.stringify(SCENARIO_ID_PREFIX + entry.id)})],`)
    .join('\n');
  return [
    `export const catalog = JSON.parse(${JSON.stringify(JSON.stringify(catalog))});`,
    `const loaders = new Map([\n${loaders}\n]);`,
    'export function loadScenario(id) {',
    '  const load = loaders.get(id);',
    '  if (!load) return Promise.reject(new Error(`No scenario "${id}" in the catalog`));',
    '  return load().then((module) => module.default);',
    '}',
    '',
  ].join('\n');
}

/** Source of `virtual:scenario/<id>`: the built scenario as JSON (parsed faster than a literal). */
export function scenarioModuleCode(compiled: CompiledScenario): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});\n`;
}
