import { forPlay, type CatalogEntry, type CompiledScenario } from '../engine/trainee';
import { SCENARIO_ID_PREFIX, playModuleId } from './scenario-module-ids';

export {
  CATALOG_ID,
  PLAY_ID_PREFIX,
  RESOLVED_PREFIX,
  SCENARIO_ID_PREFIX,
  playModuleId,
  scenarioIdOfPlayModule,
} from './scenario-module-ids';

/**
 * The catalog sorted by title here, at build time, so the library can list it
 * in that order without comparing strings itself: the first localeCompare on
 * a page loads the browser's collation data (about 80 ms on a slow phone).
 */
function inTitleOrder(entries: readonly CatalogEntry[]): CatalogEntry[] {
  return [...entries].sort((a, b) => a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id, 'en'));
}

/**
 * Source of `virtual:scenario-catalog`: the list plus loaders that import
 * each built scenario on demand, so the library page ships only summaries:
 * `loadScenario` the whole scenario, `loadForPlay` the play screen's copy.
 */
export function catalogModuleCode(entries: readonly CatalogEntry[]): string {
  const catalog = inTitleOrder(entries);
  const loaders = catalog
    .map((entry) => {
      const [whole, play] = [SCENARIO_ID_PREFIX + entry.id, playModuleId(entry.id)].map((id) => JSON.stringify(id));
      return `  [${JSON.stringify(entry.id)}, [() => import(${whole}), () => import(${play})]],`;
    })
    .join('\n');
  return [
    `export const catalog = JSON.parse(${JSON.stringify(JSON.stringify(catalog))});`,
    `const loaders = new Map([\n${loaders}\n]);`,
    'function load(id, which) {',
    '  const found = loaders.get(id);',
    '  if (!found) return Promise.reject(new Error(`No scenario "${id}" in the catalog`));',
    '  return found[which]().then((module) => module.default);',
    '}',
    'export const loadScenario = (id) => load(id, 0);',
    'export const loadForPlay = (id) => load(id, 1);',
    '',
  ].join('\n');
}

/**
 * Source of `virtual:scenario/<id>` (the built scenario) or, with `forPlayOnly`,
 * of its play screen's copy (without its feedback and analysis), as JSON:
 * parsed faster than a literal.
 */
export function scenarioModuleCode(compiled: CompiledScenario, forPlayOnly = false): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(forPlayOnly ? forPlay(compiled) : compiled))});\n`;
}
