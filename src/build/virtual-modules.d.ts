// Types of the modules that src/build/scenarios-plugin.ts generates. Types come in as
// import('…') types: an ambient module may not `import` a relative path (TS2439), and with
// skipLibCheck tsc says nothing and leaves every name it would have brought an error type.
/* eslint-disable @typescript-eslint/consistent-type-imports -- import() types are the only way in here (above). */

declare module 'virtual:scenario-catalog' {
  type CatalogEntry = import('../engine/trainee').CatalogEntry;
  type CompiledScenario = import('../engine/trainee').CompiledScenario;

  /** Every shipped scenario without errors, as the library lists it. */
  export const catalog: readonly CatalogEntry[];
  /** The built scenario (analysis attached); rejects for an unknown id. */
  export function loadScenario(id: string): Promise<CompiledScenario>;
  /** The play screen's copy of it, without feedback and analysis (playOnly); rejects for an unknown id. */
  export function loadForPlay(id: string): Promise<CompiledScenario>;
}

declare module 'virtual:scenario/*' {
  const compiled: import('../engine/trainee').CompiledScenario;
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
  /** scenarios/README.md as data (src/build/guide-plugin.ts): the Author page's guide. */
  export const guide: import('./markdown/markdown.types').MarkdownDocument;
}
