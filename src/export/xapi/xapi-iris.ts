/**
 * Every IRI Common Ground puts into xAPI statements, in one place.
 *
 * Verbs and activity types come from the ADL vocabulary. Extension keys must be
 * IRIs the project owns, so they all hang off XAPI_BASE_IRI. `.example` is a
 * reserved domain: a program that publishes its own vocabulary changes this one
 * constant (statements already stored keep their old keys).
 */
export const XAPI_BASE_IRI = 'https://common-ground.example/xapi';

/** Overall score (0–100) at or above which an attempt is `passed` rather than `failed`. */
export const PASS_THRESHOLD = 70;

const ADL_VERBS = 'http://adlnet.gov/expapi/verbs';

export const VERBS = {
  initialized: { id: `${ADL_VERBS}/initialized`, display: { 'en-US': 'initialized' } },
  resumed: { id: `${ADL_VERBS}/resumed`, display: { 'en-US': 'resumed' } },
  answered: { id: `${ADL_VERBS}/answered`, display: { 'en-US': 'answered' } },
  completed: { id: `${ADL_VERBS}/completed`, display: { 'en-US': 'completed' } },
  passed: { id: `${ADL_VERBS}/passed`, display: { 'en-US': 'passed' } },
  failed: { id: `${ADL_VERBS}/failed`, display: { 'en-US': 'failed' } },
  terminated: { id: `${ADL_VERBS}/terminated`, display: { 'en-US': 'terminated' } },
  suspended: { id: `${ADL_VERBS}/suspended`, display: { 'en-US': 'suspended' } },
} as const;
export type VerbName = keyof typeof VERBS;

export const ACTIVITY_TYPES = {
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  course: 'http://adlnet.gov/expapi/activities/course',
  profile: 'http://adlnet.gov/expapi/activities/profile',
} as const;

/** Extension keys (context.extensions and result.extensions). */
export const EXT = {
  /** context: the scenario format version (schemaVersion). */
  scenarioVersion: `${XAPI_BASE_IRI}/extensions/scenario-version`,
  /** context: CompiledScenario.contentHash, so a statement names the exact content played. */
  contentHash: `${XAPI_BASE_IRI}/extensions/content-hash`,
  /** result (answered): the rubric codes of the chosen response, e.g. ["CR","VAL"]. */
  behaviourCodes: `${XAPI_BASE_IRI}/extensions/behaviour-codes`,
  /** result (answered): patient state before and after, and the change applied. */
  stateBefore: `${XAPI_BASE_IRI}/extensions/state-before`,
  stateAfter: `${XAPI_BASE_IRI}/extensions/state-after`,
  stateDelta: `${XAPI_BASE_IRI}/extensions/state-delta`,
  /** result (answered): 0-based decision index. */
  turn: `${XAPI_BASE_IRI}/extensions/turn`,
  /** result (answered): true when the time limit ran out and the trainee said nothing. */
  timedOut: `${XAPI_BASE_IRI}/extensions/timed-out`,
  /** result (answered, free-text mode): the authored choice id the conversation went on through (`response` holds the trainee's words). */
  chosenChoice: `${XAPI_BASE_IRI}/extensions/chosen-choice`,
  /** result (answered, free-text mode): { closestChoiceId, overridden, behaviour, kind?, codes: [{ code, confidence }], wordsKept }. */
  freeText: `${XAPI_BASE_IRI}/extensions/free-text`,
  /** result (completed/passed/failed): { goals, tasks, bond, trust, communication } 0–100. */
  dimensionScores: `${XAPI_BASE_IRI}/extensions/dimension-scores`,
  /** result (completed/passed/failed): ending id and outcome class (alliance|partial|disengaged|escalated). */
  ending: `${XAPI_BASE_IRI}/extensions/ending`,
  outcome: `${XAPI_BASE_IRI}/extensions/outcome`,
  /** result (passed/failed): the threshold used, so a later change stays interpretable. */
  passThreshold: `${XAPI_BASE_IRI}/extensions/pass-threshold`,
  /** result (suspended): decisions taken so far. */
  decisionsTaken: `${XAPI_BASE_IRI}/extensions/decisions-taken`,
} as const;

/** The Common Ground "profile" activity put in context.category of every statement. */
export const PROFILE_ACTIVITY_ID = `${XAPI_BASE_IRI}/profile/v1`;

/** Activity id of a scenario. */
export function scenarioActivityId(scenarioId: string): string {
  return `${XAPI_BASE_IRI}/scenarios/${encodeURIComponent(scenarioId)}`;
}

/** Activity id of one decision point (node) in a scenario. */
export function nodeActivityId(scenarioId: string, nodeId: string): string {
  return `${scenarioActivityId(scenarioId)}/nodes/${encodeURIComponent(nodeId)}`;
}
