import type { CatalogEntry } from '../engine/format/catalog-entry';
import type { CompiledScenario } from '../engine/runtime/compile-scenario';

export const CATALOG_ID = 'virtual:scenario-catalog';
export const SCENARIO_ID_PREFIX = 'virtual:scenario/';
/** Rollup convention: a leading NUL marks a virtual module other plugins leave alone. */
export const RESOLVED_PREFIX = '\0';

/**
 * Source of `virtual:scenario-catalog`: the list plus a loader that imports
 * each built scenario on demand, so the library page ships only summaries.
 */
export function catalogModuleCode(catalog: readonly CatalogEntry[]): string {
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
