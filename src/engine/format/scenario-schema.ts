import { z } from 'zod';
import { CHOICE_PINS, DIFFICULTIES, EXPRESSIONS, OUTCOME_CLASSES, REVIEW_FACTORS, SCENARIO_SCHEMA_VERSION } from './scenario.types';
import type { Scenario } from './scenario.types';
import { RUBRIC_CODE_IDS, RUBRIC_CODE_NAMES } from './rubric-codes';
import {
  effectsSchema,
  idField,
  initialStateSchema,
  routesSchema,
  SCENARIO_ID_PATTERN,
  targetField,
  textField,
  textList,
  TIME_LIMIT_SECONDS,
} from './schema-parts';
import { personaSchema } from './persona-schema';
import { settingSchema } from './setting-schema';

export { SCENARIO_SCHEMA_VERSION };

// The authoring page validates in the browser under a Content Security Policy
// without 'unsafe-eval'; zod's compiled fast path would try `new Function`
// there (a logged CSP violation). Without it, parsing a 1,000-node scenario
// takes the same ~10 ms.
z.config({ jitless: true });

const codeList = RUBRIC_CODE_IDS.map((id) => `${id} (${RUBRIC_CODE_NAMES.get(id) ?? id})`).join(', ');
const codeSchema = z
  .enum(RUBRIC_CODE_IDS as [string, ...string[]])
  .meta({ description: `A behaviour code from the rubric: ${codeList}.`, examples: ['CR'] });

export const patientLineSchema = z
  .strictObject({
    text: textField(2000, 'What the patient says, in their own voice.', ["Another one. Let me guess, you've read my file."]),
    expression: z
      .enum(EXPRESSIONS)
      .optional()
      .meta({
        description: 'Facial expression hint for the avatar. When absent it is derived from patient state.',
        examples: ['angry'],
      }),
    audio: z
      .string()
      .min(1)
      .max(300)
      .optional()
      .meta({
        description: 'Optional recording of the line: a path under public/, e.g. audio/<scenario-id>/<node-id>.ogg.',
        examples: ['audio/work-injury-claim/opening-1.ogg'],
      }),
    nonverbal: textField(300, 'Body language, shown as text and drawn on the avatar.', ["Arms crossed, doesn't look up."]).optional(),
  })
  .meta({
    description: "The patient's line: text plus optional expression, audio and body language.",
    examples: [{ text: 'Fine. Go on then.', expression: 'guarded' }],
  });

const transition = {
  next: targetField('this leads to. Use either `next` or `routes`.').optional(),
  routes: routesSchema.optional(),
};

export const choiceSchema = z
  .strictObject({
    id: idField('Id of the choice, unique within its node.', ['a']),
    text: textField(600, 'What the trainee says.', ["It sounds like you've had to fight to be taken seriously."]),
    codes: z
      .array(codeSchema)
      .min(1)
      .max(5)
      .meta({ description: 'Behaviour codes from the rubric that this response shows; at least one.', examples: [['CR', 'VAL']] }),
    effects: effectsSchema.optional(),
    feedback: textField(1000, 'Shown in the debrief: why this response helps or harms the alliance.', [
      'Names the feeling a notch below its intensity (NURSE: Name).',
    ]).optional(),
    pin: z
      .enum(CHOICE_PINS)
      .optional()
      .meta({
        description:
          'Responses are shown in a different order on every attempt, so the position never gives the answer away. first or last keeps this response in that place (e.g. staying silent last); at most one of each per node.',
        examples: ['last'],
      }),
    ...transition,
  })
  .meta({
    description: 'One response the trainee can choose.',
    examples: [{ id: 'a', text: 'Tell me more.', codes: ['EXP'], next: 'exploring-2' }],
  });

export const timeLimitSchema = z
  .strictObject({
    seconds: z
      .int()
      .min(TIME_LIMIT_SECONDS.min)
      .max(TIME_LIMIT_SECONDS.max)
      .meta({ description: `Seconds the trainee has to answer (${TIME_LIMIT_SECONDS.min}–${TIME_LIMIT_SECONDS.max}).`, examples: [25] }),
    effects: effectsSchema.optional(),
    codes: z
      .array(codeSchema)
      .max(5)
      .optional()
      .meta({ description: 'Behaviour codes recorded for the silence (often none).', examples: [[]] }),
    feedback: textField(1000, 'Shown in the debrief when time ran out.', [
      'Silence with an angry patient reads as indifference.',
    ]).optional(),
    ...transition,
  })
  .meta({
    description: 'What happens if the trainee does not answer in time.',
    examples: [{ seconds: 25, effects: { anger: 8 }, next: 'opening-2' }],
  });

export const nodeSchema = z
  .strictObject({
    id: idField('Id of the node; node and ending ids share one namespace.', ['opening-1']),
    phase: idField('Id of the phase (from `phases`) this node belongs to.', ['opening']),
    patient: patientLineSchema,
    timeLimit: timeLimitSchema.optional(),
    choices: z
      .array(choiceSchema)
      .min(1)
      .max(6)
      .meta({ description: 'The responses offered to the trainee (1–6; three or four is best).' }),
  })
  .meta({ description: 'A decision point: the patient speaks, the trainee chooses a response.' });

export const endingSchema = z
  .strictObject({
    id: idField('Id of the ending; node and ending ids share one namespace.', ['shared-plan']),
    phase: idField('Id of the phase this ending belongs to (optional).', ['closing']).optional(),
    outcome: z.enum(OUTCOME_CLASSES).meta({
      description:
        'alliance: shared goals and a plan the patient owns; partial: reluctant agreement; disengaged: the patient cancels or will not return; escalated: a complaint or walk-out.',
      examples: ['alliance'],
    }),
    title: textField(120, 'Short title of the ending, shown to the trainee.', ['A plan he owns']),
    patient: patientLineSchema.optional(),
    text: textField(2000, 'What happens next for this patient.', ['He books two sessions and brings his own goal to the first.']),
    safetyLimit: z
      .boolean()
      .meta({
        description:
          'True when this ending is a safety stop (abuse, a threat): the conversation may end here after one or two poor responses without breaking the rescue window (SCN116).',
        examples: [true],
      })
      .optional(),
  })
  .meta({ description: 'Where a conversation ends, with its outcome class.' });

export const phaseSchema = z
  .strictObject({
    id: idField('Id of the phase.', ['opening']),
    title: textField(60, 'Title shown in the progress bar.', ['Opening']),
  })
  .meta({ description: 'A stage of the conversation, shown as progress.', examples: [{ id: 'opening', title: 'Opening' }] });

export const scenarioSchema = z
  .strictObject({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION).meta({ description: 'Version of the scenario format. Write 1.', examples: [1] }),
    id: z
      .string()
      .max(64)
      .regex(SCENARIO_ID_PATTERN)
      .meta({
        description: 'Scenario id: lower-case words joined by hyphens; must equal the file name before .scenario.yaml.',
        examples: ['work-injury-claim'],
      }),
    title: textField(120, 'Title shown in the scenario library.', ['Nobody believes me']),
    summary: textField(1000, 'One or two sentences about the patient and the challenge.', [
      'A warehouse supervisor with a disputed injury claim expects to be disbelieved.',
    ]),
    difficulty: z.enum(DIFFICULTIES).meta({ description: 'introductory, intermediate or advanced.', examples: ['intermediate'] }),
    estimatedMinutes: z
      .int()
      .min(1)
      .max(120)
      .meta({ description: 'Typical minutes to play once (1–120).', examples: [10] }),
    learningObjectives: textList(8, 'What the trainee should practise, in the review\u2019s words (1–8).', [
      ['Name the perceived injustice without taking sides on blame'],
    ]),
    factors: z
      .array(z.enum(REVIEW_FACTORS))
      .min(1)
      .max(REVIEW_FACTORS.length)
      .meta({
        description: 'Alliance factors from the review this scenario trains.',
        examples: [['perceived-injustice', 'anger', 'trust']],
      }),
    persona: personaSchema,
    setting: settingSchema.optional(),
    initialState: initialStateSchema,
    phases: z.array(phaseSchema).min(1).max(12).meta({ description: 'The stages of the conversation, in order.' }),
    start: idField('Id of the first node.', ['opening-1']),
    nodes: z.array(nodeSchema).min(1).max(5000).meta({ description: 'The decision points.' }),
    endings: z.array(endingSchema).min(1).max(50).meta({ description: 'The ways the conversation can end.' }),
  })
  .meta({ title: 'Common Ground scenario', description: 'A Common Ground scenario (format v1). See scenarios/README.md.' });

// Compile-time guarantee that the schema and the hand-written types agree.
// schemaVersion is the literal 1 in the schema but `number` in the type, so
// migrations can read older files through the same type.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type SchemaScenario = z.output<typeof scenarioSchema>;
const schemaMatchesTypes: Equals<Omit<SchemaScenario, 'schemaVersion'>, Omit<Scenario, 'schemaVersion'>> = true;
const versionFits: SchemaScenario['schemaVersion'] extends Scenario['schemaVersion'] ? true : false = true;
void schemaMatchesTypes;
void versionFits;
