// Types of the modules that src/build/scenarios-plugin.ts generates.

declare module 'virtual:scenario-catalog' {
  import type { CatalogEntry, CompiledScenario } from '../engine/trainee';

  /** Every shipped scenario without errors, as the library lists it. */
  export const catalog: readonly CatalogEntry[];
  /** The built scenario (analysis attached); rejects for an unknown id. */
  export function loadScenario(id: string): Promise<CompiledScenario>;
}

declare module 'virtual:scenario/*' {
  import type { CompiledScenario } from '../engine/trainee';

  const compiled: CompiledScenario;
  export default compiled;
}
