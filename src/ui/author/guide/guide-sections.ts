/**
 * The parts of the authoring guide (scenarios/README.md) generated from code,
 * so the guide cannot drift from the rubric, the patient model or the
 * diagnostic catalogue. Regenerate with:
 *   npx tsx src/ui/author/guide/write-guide.ts
 * (The summary tables between the `rubric` and `diagnostics` markers belong to
 * `npm run build:schema`; these sections sit beside them.)
 */
import {
  CEILING_DROP_PER_INJUSTICE,
  DEFAULT_INITIAL_STATE,
  DIAGNOSTIC_CATALOGUE,
  EXPRESSION_THRESHOLDS as E,
  GATED_CODES,
  GATING_ANGER_THRESHOLD,
  GATING_FACTOR,
  LIM_HELPFUL_ANGER,
  LIM_HELPFUL_EFFECT,
  OUTCOME_VALUES,
  OUTCOME_WEIGHT,
  PATIENT_STATE_VARIABLES,
  REPEAT_FACTOR,
  RESISTANCE_PER_INJUSTICE,
  RUBRIC,
  RUBRIC_EFFECTS,
  STATE_MAX,
  STATE_MIN,
  type StateEffects,
} from '../../../engine/authoring';

export const GUIDE_FILE = 'scenarios/README.md';
export const GUIDE_COMMAND = 'npx tsx src/ui/author/guide/write-guide.ts';

/** Prose from data, safe in Markdown: no accidental HTML tags or emphasis. */
const md = (text: string) => text.replace(/</g, '&lt;').replace(/\*/g, '\\*');

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
export const effectText = (effect: StateEffects) =>
  Object.entries(effect)
    .map(([variable, points]) => `${variable} ${signed(points ?? 0)}`)
    .join(', ') || 'no change';

/** Every rubric code with its definition and example line, from seeds/rubric.json. */
export function rubricExamples(): string {
  return RUBRIC.codes
    .map((code) => {
      const weight = `weight ${signed(code.weight)} to ${code.dimensions.join(' and ')}`;
      return [
        `- **\`${code.id}\`: ${md(code.name)}** (${code.direction}; ${weight}; default effect ${effectText(code.effect)})  `,
        `  ${md(code.definition)}  `,
        `  *Example:* ${md(code.example)}`,
      ].join('\n');
    })
    .join('\n');
}

/** The patient model's numbers, from model/parameters.ts and scenario.types.ts. Every one is a design parameter. */
export function modelParameters(): string {
  const rows: [string, string, string][] = [
    ['State range', `${STATE_MIN}–${STATE_MAX}, whole numbers`, 'Every variable is rounded and kept within this range after each turn.'],
    [
      'Default initial state',
      PATIENT_STATE_VARIABLES.map((v) => `${v} ${DEFAULT_INITIAL_STATE[v]}`).join(', '),
      'Used for any variable `initialState` leaves out.',
    ],
    [
      'Connect before you direct',
      `anger ≥ ${GATING_ANGER_THRESHOLD}: ×${GATING_FACTOR}`,
      `While anger is at least ${GATING_ANGER_THRESHOLD}, ${GATED_CODES.join(', ')} act at ${GATING_FACTOR * 100}% strength.`,
    ],
    [
      'Diminishing returns',
      `×${REPEAT_FACTOR}`,
      'A code used in the turn before acts at this strength (and a repeated building code earns half its communication points).',
    ],
    [
      'Injustice resistance',
      `×(1 − ${RESISTANCE_PER_INJUSTICE} × injustice/100)`,
      'Slows trust gains and anger relief; it never speeds recovery.',
    ],
    [
      'Trust ceiling',
      `${STATE_MAX} − ${CEILING_DROP_PER_INJUSTICE} × injustice`,
      'Trust gains shrink with the room left under this ceiling.',
    ],
    [
      'Room left',
      'gain × room/100',
      'Goal and task agreement gains shrink with the room left under 100; anger relief shrinks with the anger left.',
    ],
    ['Damage', '×1', 'Anger rises and trust and agreement fall by the full push: the alliance is lost faster than it is rebuilt.'],
    [
      'Respectful limit (LIM)',
      `anger ≥ ${LIM_HELPFUL_ANGER}: ${effectText(LIM_HELPFUL_EFFECT)}`,
      `Below that anger, LIM pushes ${effectText(RUBRIC_EFFECTS.LIM ?? {})} (it provokes).`,
    ],
    [
      'Expression: hostile / angry / irritated',
      `anger ≥ ${E.hostileAnger} / ≥ ${E.angryAnger} / ≥ ${E.irritatedAnger}`,
      'Checked first, in this order.',
    ],
    ['Expression: guarded', `trust < ${E.guardedTrustBelow}`, 'Checked next.'],
    ['Expression: warm', `trust ≥ ${E.warmTrust} and anger < ${E.warmAngerBelow}`, 'Then warm.'],
    [
      'Expression: relieved',
      `both agreements ≥ ${E.relievedAgreement} and anger < ${E.relievedAngerBelow}`,
      'Then relieved; otherwise calm.',
    ],
    [
      'Outcome values',
      Object.entries(OUTCOME_VALUES)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
      'What each ending class is worth in the overall score.',
    ],
    [
      'Outcome weight',
      `${OUTCOME_WEIGHT}`,
      `Share of the overall score carried by the ending; the five dimensions share the other ${Math.round((1 - OUTCOME_WEIGHT) * 100)}% equally.`,
    ],
  ];
  return [
    '| Parameter | Value | What it does | Status |',
    '| --- | --- | --- | --- |',
    ...rows.map(([a, b, c]) => `| ${a} | ${b} | ${c} | design parameter |`),
  ].join('\n');
}

/** Every diagnostic code with an example that triggers it and its fix, from the catalogue. */
export function diagnosticExamples(): string {
  return DIAGNOSTIC_CATALOGUE.map((info) => {
    const example = info.example.startsWith('(')
      ? `*Example:* ${md(info.example)}`
      : ['*Example:*', '', '```yaml', info.example, '```'].join('\n');
    return [
      `#### ${info.code}: ${md(info.title)} (${info.severity}${info.retired ? ', retired' : ''})`,
      '',
      md(info.description),
      '',
      example,
      '',
      `*Fix:* ${md(info.fix)}`,
    ].join('\n');
  }).join('\n\n');
}

export const GUIDE_SECTIONS: Record<string, () => string> = {
  'rubric-examples': rubricExamples,
  'model-parameters': modelParameters,
  'diagnostic-examples': diagnosticExamples,
};

const startMarker = (name: string) => `<!-- ${name}:start (generated by ${GUIDE_COMMAND}) -->`;
const endMarker = (name: string) => `<!-- ${name}:end -->`;

/** The guide with each generated section rewritten; throws if a section's markers are missing. */
export function updateGuideSections(guide: string): string {
  let text = guide;
  for (const [name, render] of Object.entries(GUIDE_SECTIONS)) {
    const from = text.indexOf(startMarker(name));
    const to = text.indexOf(endMarker(name));
    if (from === -1 || to < from) throw new Error(`${GUIDE_FILE} lacks the ${name} markers`);
    text = `${text.slice(0, from + startMarker(name).length)}\n${render()}\n${text.slice(to)}`;
  }
  return text;
}
