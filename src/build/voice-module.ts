import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledScenario } from '../engine/authoring';
import { VOICE_CACHE, VOICE_CACHE_MAX_BYTES } from './voice-cache';

export const VOICE_ID = 'virtual:scenario-voice';

export interface VoiceClip {
  /** Path under public/, as the scenario gives it. */
  path: string;
  bytes: number;
}

/** Every recorded line of a scenario (the `audio` of its patient lines, then its synthesised clips), each once, in file order. */
export function voicePaths(compiled: CompiledScenario): string[] {
  const paths = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'audio' && typeof child === 'string') paths.add(child);
        else walk(child);
      }
    }
  };
  walk(compiled.scenario);
  for (const path of Object.values(compiled.voiceClips ?? {})) paths.add(path);
  return [...paths];
}

/** A scenario's clips that exist under public/ (the checker reports missing ones), with their sizes. */
export function voiceClips(compiled: CompiledScenario, publicDir: string): VoiceClip[] {
  return voicePaths(compiled).flatMap((path) => {
    try {
      return [{ path, bytes: statSync(join(publicDir, path)).size }];
    } catch {
      return [];
    }
  });
}

/**
 * Source of `virtual:scenario-voice`: each scenario's voice clips and sizes,
 * known at build time so the library can offer "Make this scenario available
 * offline" with its size without loading the scenario. Only scenarios with clips are listed.
 */
export function voiceModuleCode(scenarios: readonly CompiledScenario[], publicDir: string): string {
  const clips = Object.fromEntries(
    scenarios.map((compiled) => [compiled.scenario.id, voiceClips(compiled, publicDir)] as const).filter(([, list]) => list.length > 0),
  );
  return [
    `export const VOICE_CACHE = ${JSON.stringify(VOICE_CACHE)};`,
    `export const VOICE_CACHE_MAX_BYTES = ${VOICE_CACHE_MAX_BYTES};`,
    `export const voiceClips = JSON.parse(${JSON.stringify(JSON.stringify(clips))});`,
    '',
  ].join('\n');
}
