/**
 * The scenario as an instructor writes it (format v1), after parsing and
 * schema validation. The zod schema in `scenario-schema.ts` is the source of
 * truth; these types are checked against it so the two cannot drift.
 *
 * Numbers for patient state are integers on a 0–100 scale, because
 * instructors think in percentages more easily than in fractions.
 */

/** The current version of the scenario format. Bumped with a migration. */
export const SCENARIO_SCHEMA_VERSION = 1;

/** The patient-state variables a scenario can set and route on. */
export const PATIENT_STATE_VARIABLES = ['anger', 'trust', 'injustice', 'goalAgreement', 'taskAgreement'] as const;
export type PatientStateVariable = (typeof PATIENT_STATE_VARIABLES)[number];

/** Patient state: each variable is an integer from 0 to 100. */
export type PatientState = Record<PatientStateVariable, number>;

/** Values for the variables a scenario's initialState leaves out. */
export const DEFAULT_INITIAL_STATE: Readonly<PatientState> = {
  anger: 30,
  trust: 40,
  injustice: 30,
  goalAgreement: 10,
  taskAgreement: 10,
};

/** A partial change to patient state, in points (may be negative). */
export type StateEffects = Partial<Record<PatientStateVariable, number>>;

export const DIFFICULTIES = ['introductory', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/**
 * What the review says shapes the alliance. A scenario names the ones it
 * trains; the library filters on them.
 */
export const REVIEW_FACTORS = [
  'anger',
  'hostility',
  'perceived-injustice',
  'trust',
  'values-and-barriers',
  'goals',
  'tasks',
  'bond',
  'communication',
] as const;
export type ReviewFactor = (typeof REVIEW_FACTORS)[number];

export const OUTCOME_CLASSES = ['alliance', 'partial', 'disengaged', 'escalated'] as const;
export type OutcomeClass = (typeof OUTCOME_CLASSES)[number];
/** Outcome classes the lints treat as positive; the rest are negative. */
export const POSITIVE_OUTCOMES: readonly OutcomeClass[] = ['alliance', 'partial'];

export const EXPRESSIONS = ['calm', 'warm', 'relieved', 'guarded', 'distressed', 'irritated', 'angry', 'hostile'] as const;
export type Expression = (typeof EXPRESSIONS)[number];

/** Illustration hints for the SVG avatar; all optional. */
export interface AvatarHints {
  skinTone?: 'light' | 'medium-light' | 'medium' | 'medium-dark' | 'dark';
  hair?: 'short' | 'long' | 'curly' | 'bald' | 'bun' | 'grey-short' | 'grey-long' | 'hijab';
  glasses?: boolean;
  beard?: boolean;
}

export interface Persona {
  name: string;
  age: number;
  pronouns?: string;
  occupation?: string;
  condition: string;
  painHistory: string;
  context: string;
  values: string[];
  barriers: string[];
  avatar?: AvatarHints;
}

/** Where the scenario takes place; the clinical guidelines its feedback cites must fit the country. */
export interface Setting {
  /** ISO 3166-1 alpha-2 code, e.g. US, GB, NZ (SCN023 checks it). */
  country: string;
  /** The care setting, in a few words, e.g. "outpatient private practice". */
  care: string;
}

export interface Phase {
  id: string;
  title: string;
}

/** A condition on patient state: every listed variable must be in range. */
export type StateCondition = Partial<Record<PatientStateVariable, { atLeast?: number; atMost?: number }>>;

/** One conditional route; the last route of a list has no `when`. */
export interface Route {
  when?: StateCondition;
  next: string;
}

export interface PatientLine {
  text: string;
  /** The author's hint; when absent the expression is derived from state. */
  expression?: Expression;
  /** Path under public/, e.g. `audio/ana-ruiz/01.ogg`. */
  audio?: string;
  /** Body language, shown as text as well as drawn: "crosses her arms". */
  nonverbal?: string;
}

/** Where a choice stays when the display order is shuffled (see runtime/choice-order.ts). */
export const CHOICE_PINS = ['first', 'last'] as const;
export type ChoicePin = (typeof CHOICE_PINS)[number];

export interface Choice {
  id: string;
  text: string;
  /** Behaviour codes from the rubric (seeds/rubric.json). At least one. */
  codes: string[];
  /** Overrides the codes' default effects on patient state, per variable. */
  effects?: StateEffects;
  /** Shown in the debrief: why this choice helps or harms the alliance. */
  feedback?: string;
  /**
   * Keeps this choice first or last when the order is shuffled per attempt
   * (e.g. staying silent last); unpinned choices are shuffled between.
   */
  pin?: ChoicePin;
  /** Exactly one of `next` and `routes`. */
  next?: string;
  routes?: Route[];
}

/** What happens when the trainee does not answer in time. */
export interface TimeLimit {
  seconds: number;
  /** Effects of the silence on patient state. */
  effects?: StateEffects;
  /** Behaviour codes recorded for the silence (often none). */
  codes?: string[];
  feedback?: string;
  next?: string;
  routes?: Route[];
}

export interface DialogueNode {
  id: string;
  phase: string;
  patient: PatientLine;
  choices: Choice[];
  timeLimit?: TimeLimit;
}

export interface Ending {
  id: string;
  phase?: string;
  outcome: OutcomeClass;
  title: string;
  /** The patient's last line, if any. */
  patient?: PatientLine;
  /** What happens next for this patient. */
  text: string;
  /** A safety stop (abuse, a threat): may end the conversation early without breaking the rescue window. */
  safetyLimit?: boolean;
}

export interface Scenario {
  schemaVersion: number;
  id: string;
  title: string;
  summary: string;
  difficulty: Difficulty;
  estimatedMinutes: number;
  learningObjectives: string[];
  factors: ReviewFactor[];
  persona: Persona;
  /** Country and care setting; optional in the format, and its absence is a warning (SCN023). */
  setting?: Setting;
  initialState: PatientState;
  phases: Phase[];
  /** Id of the first node. */
  start: string;
  nodes: DialogueNode[];
  endings: Ending[];
}
