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

declare module 'virtual:scenario-voice' {
  /** The Cache Storage name shared with the service worker's runtime cache of voice clips. */
  export const VOICE_CACHE: string;
  /** The most "Make this scenario available offline" stores for one scenario. */
  export const VOICE_CACHE_MAX_BYTES: number;
  /** Each scenario's recorded lines (paths under public/) and their sizes; scenarios without any are absent. */
  export const voiceClips: Readonly<Record<string, readonly { path: string; bytes: number }[]>>;
}

declare module 'virtual:authoring-guide' {
  import type { MarkdownDocument } from './markdown/markdown.types';

  /** scenarios/README.md as data (src/build/guide-plugin.ts): the Author page's guide. */
  export const guide: MarkdownDocument;
}
