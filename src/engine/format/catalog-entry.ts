import type { CompiledScenario } from '../runtime/compile-scenario';
import type { AvatarHints, Difficulty, ReviewFactor, Setting } from './scenario.types';

/**
 * One scenario as the library lists it, before its built form is loaded. It
 * ships in the first-load bundle, so it holds only what the library shows.
 */
export interface CatalogEntry {
  id: string;
  title: string;
  summary: string;
  difficulty: Difficulty;
  estimatedMinutes: number;
  factors: ReviewFactor[];
  persona: { name: string; age: number; condition: string; avatar?: AvatarHints };
  /** Country and care setting, when the scenario gives them. */
  setting?: Setting;
  contentHash: string;
}

/** The library's summary of a built scenario (what `virtual:scenario-catalog` lists). */
export function toCatalogEntry(compiled: CompiledScenario): CatalogEntry {
  const { scenario } = compiled;
  const { name, age, condition, avatar } = scenario.persona;
  return {
    id: scenario.id,
    title: scenario.title,
    summary: scenario.summary,
    difficulty: scenario.difficulty,
    estimatedMinutes: scenario.estimatedMinutes,
    factors: scenario.factors,
    persona: avatar ? { name, age, condition, avatar } : { name, age, condition },
    ...(scenario.setting ? { setting: scenario.setting } : {}),
    contentHash: compiled.contentHash,
  };
}
