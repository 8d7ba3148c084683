// The scenario modules' ids, kept apart from their code so the route-files plugin (loaded with vite.config.ts)
// can read them without importing the engine.

export const CATALOG_ID = 'virtual:scenario-catalog';
export const SCENARIO_ID_PREFIX = 'virtual:scenario/';
/**
 * The play screen's copy of a scenario (engine/runtime/play-scenario.ts) is
 * `virtual:scenario-play/<id>-play`: the bundler names a chunk after the
 * module's last path segment, so the suffix gives it its own name beside the
 * whole scenario's (`<id>-play-<hash>.js`, which the bundle budget looks for).
 */
export const PLAY_ID_PREFIX = 'virtual:scenario-play/';
const PLAY_SUFFIX = '-play';
export const playModuleId = (id: string) => PLAY_ID_PREFIX + id + PLAY_SUFFIX;
/** The scenario id in a play copy's module id (without RESOLVED_PREFIX). */
export const scenarioIdOfPlayModule = (moduleId: string) => moduleId.slice(PLAY_ID_PREFIX.length, -PLAY_SUFFIX.length);
/** Rollup convention: a leading NUL marks a virtual module other plugins leave alone. */
export const RESOLVED_PREFIX = '\0';
