/**
 * Each behaviour code's push on patient state, read straight from
 * seeds/rubric-effects.json. The play screen's patient model needs only these
 * numbers, so it imports this file and not the whole rubric (names,
 * definitions, examples and evidence would add about 3 KB gzip to every
 * trainee's first download).
 */
import effectsJson from '../../../seeds/rubric-effects.json' with { type: 'json' };
import type { StateEffects } from '../format/scenario.types';

export const RUBRIC_EFFECTS_FILE = 'seeds/rubric-effects.json';
export const RUBRIC_EFFECTS: Readonly<Record<string, StateEffects>> = effectsJson.effects;
