import type { Scenario } from '../format/scenario.types';
import type { ScenarioAnalysis } from '../scoring/scoring.types';
import { canonicalJson, fnv1a64 } from './content-hash';

/** The version of the built form; bumped when its shape changes. */
export const COMPILED_FORMAT_VERSION = 1;

/**
 * The built form of a scenario: plain JSON, shipped to the trainee's browser
 * instead of YAML so the player never needs the parser or the schema.
 */
export interface CompiledScenario {
  formatVersion: 1;
  /** FNV-1a 64 over the canonical JSON of `scenario`; saved sessions carry it. */
  contentHash: string;
  scenario: Scenario;
  /** Route analysis (best/worst scores, bounds), attached at build time by the build plugin. */
  analysis?: ScenarioAnalysis;
  /**
   * Voice clips for patient lines that name no `audio:` of their own: node or
   * ending id → path under public/. Attached at build time (from the clips
   * `npm run synthesise-voices` made), outside `scenario` so the content hash
   * stays the hash of what the author wrote.
   */
  voiceClips?: Readonly<Record<string, string>>;
  /** Set on the play screen's copy, which lacks the feedback and analysis (play-scenario.ts); never on a whole scenario. */
  playOnly?: true;
}

/** The content hash of a scenario, as stored in CompiledScenario.contentHash. */
export function hashScenario(scenario: Scenario): string {
  return `fnv1a64:${fnv1a64(canonicalJson(scenario))}`;
}

/**
 * Scenario (validated, as authored) → its built form. Pure and deterministic:
 * the same content always gives the same hash, whatever the key order in the
 * file. Validation is the format module's job; this assumes a valid scenario.
 */
export function compileScenario(scenario: Scenario): CompiledScenario {
  return {
    formatVersion: COMPILED_FORMAT_VERSION,
    contentHash: hashScenario(scenario),
    scenario,
  };
}
