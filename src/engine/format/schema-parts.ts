import { z } from 'zod';
import { DEFAULT_INITIAL_STATE, PATIENT_STATE_VARIABLES } from './scenario.types';
import type { PatientStateVariable } from './scenario.types';

/**
 * Building blocks shared by the scenario schema. Every field carries a
 * description and an example because the generated JSON Schema is what
 * instructors see as hover text in their editor.
 */

/** Ids of nodes, endings, choices and phases: short, URL- and file-safe. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** Scenario ids name files and URLs, so they are lower-case kebab only. */
export const SCENARIO_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Text must contain something besides spaces. */
export const NOT_BLANK = /\S/;

export const TIME_LIMIT_SECONDS = { min: 5, max: 600 } as const;

export const idField = (description: string, examples: string[]) => z.string().max(64).regex(ID_PATTERN).meta({ description, examples });

export const textField = (max: number, description: string, examples: string[]) =>
  z.string().max(max).regex(NOT_BLANK).meta({ description, examples });

export const textList = (max: number, description: string, examples: string[][]) =>
  z.array(z.string().max(300).regex(NOT_BLANK)).min(1).max(max).meta({ description, examples });

const VARIABLE_HELP: Record<PatientStateVariable, string> = {
  anger: 'How angry the patient is (0 calm – 100 furious).',
  trust: 'How much the patient trusts the therapist (0 none – 100 complete).',
  injustice: 'How unfairly treated the patient feels (0 not at all – 100 completely).',
  goalAgreement: 'How far patient and therapist agree on goals (0 – 100).',
  taskAgreement: 'How far patient and therapist agree on the plan and its tasks (0 – 100).',
};

const stateValue = (variable: PatientStateVariable) =>
  z
    .int()
    .min(0)
    .max(100)
    .default(DEFAULT_INITIAL_STATE[variable])
    .meta({
      description: `${VARIABLE_HELP[variable]} Whole number 0–100; default ${DEFAULT_INITIAL_STATE[variable]}.`,
      examples: [DEFAULT_INITIAL_STATE[variable]],
    });

export const initialStateSchema = z
  .strictObject({
    anger: stateValue('anger'),
    trust: stateValue('trust'),
    injustice: stateValue('injustice'),
    goalAgreement: stateValue('goalAgreement'),
    taskAgreement: stateValue('taskAgreement'),
  })
  .prefault({})
  .meta({
    description:
      'Patient state when the conversation starts. Omitted variables take their defaults (anger 30, trust 40, injustice 30, goalAgreement 10, taskAgreement 10).',
    examples: [{ anger: 65, trust: 20, injustice: 80, goalAgreement: 10, taskAgreement: 5 }],
  });

const effectValue = (variable: PatientStateVariable) =>
  z
    .int()
    .min(-100)
    .max(100)
    .optional()
    .meta({
      description: `Change to ${variable}, in points (−100 to 100). ${VARIABLE_HELP[variable]}`,
      examples: [-10],
    });

export const effectsSchema = z
  .strictObject({
    anger: effectValue('anger'),
    trust: effectValue('trust'),
    injustice: effectValue('injustice'),
    goalAgreement: effectValue('goalAgreement'),
    taskAgreement: effectValue('taskAgreement'),
  })
  .meta({
    description:
      "Changes to patient state, in points. For a choice, each listed variable replaces the behaviour codes' default effect on it.",
    examples: [{ anger: -15, trust: 5 }],
  });

const bound = (description: string) =>
  z
    .int()
    .min(0)
    .max(100)
    .optional()
    .meta({ description, examples: [60] });

const rangeSchema = z
  .strictObject({
    atLeast: bound('Holds when the variable is at least this value (0–100).'),
    atMost: bound('Holds when the variable is at most this value (0–100).'),
  })
  .meta({ description: 'A range on one variable; give atLeast, atMost or both.', examples: [{ atLeast: 70 }] });

export const conditionSchema = z
  .strictObject(
    Object.fromEntries(PATIENT_STATE_VARIABLES.map((v) => [v, rangeSchema.optional()])) as Record<
      PatientStateVariable,
      z.ZodOptional<typeof rangeSchema>
    >,
  )
  .meta({
    description: 'A condition on patient state. Every listed variable must be within its range.',
    examples: [{ anger: { atLeast: 70 } }, { trust: { atLeast: 50 }, anger: { atMost: 40 } }],
  });

export const targetField = (what: string) => idField(`Id of the node or ending ${what}.`, ['exploring-1']);

export const routeSchema = z
  .strictObject({
    when: conditionSchema.optional(),
    next: targetField('this route leads to'),
  })
  .meta({
    description: 'One conditional route. The first route whose `when` holds is taken; the last route has no `when`.',
    examples: [{ when: { anger: { atLeast: 70 } }, next: 'escalation-1' }, { next: 'opening-2' }],
  });

export const routesSchema = z
  .array(routeSchema)
  .min(1)
  .max(10)
  .meta({
    description:
      'Routes tried in order; the first whose `when` holds wins. The last route must have no `when` (the fallback). Use either `next` or `routes`, not both.',
    examples: [[{ when: { anger: { atLeast: 70 } }, next: 'escalation-1' }, { next: 'opening-2' }]],
  });
