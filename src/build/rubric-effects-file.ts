import { RUBRIC } from '../engine/scoring/rubric';

export const RUBRIC_EFFECTS_FILE = 'src/engine/scoring/rubric-effects.ts';

/** The text of RUBRIC_EFFECTS_FILE: each code's default effect, as seeds/rubric.json gives it. */
export function rubricEffectsText(): string {
  const rows = RUBRIC.codes.map((code) => {
    const effect = Object.entries(code.effect).map(([variable, points]) => `${variable}: ${String(points)}`);
    return `  ${code.id}: { ${effect.join(', ')} },`;
  });
  return [
    '// Generated from seeds/rubric.json by `npm run build:schema`; do not edit.',
    "import type { StateEffects } from '../format/scenario.types';",
    '',
    '/**',
    " * Each behaviour code's default effect on patient state. The play screen's",
    ' * patient model needs only these numbers; the whole rubric (names,',
    ' * definitions, examples, evidence) would add about 3 KB gzip to every',
    " * trainee's first download. rubric-effects.test.ts fails if this copy and",
    ' * the rubric ever differ.',
    ' */',
    'export const RUBRIC_EFFECTS: Readonly<Record<string, StateEffects>> = {',
    ...rows,
    '};',
    '',
  ].join('\n');
}
