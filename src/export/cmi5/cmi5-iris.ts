/** The IRIs the cmi5 specification (Quartz) defines, as the AU uses them. */
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const MASTERY_SCORE_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
export const LAUNCH_MODE_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/launchmode';
export const MOVE_ON_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/moveon';
export const LAUNCH_URL_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/launchurl';

/** The State API document the LMS writes before a launch (§10). */
export const LAUNCH_DATA_STATE_ID = 'LMS.LaunchData';

/** Verbs of "cmi5 defined" statements (§9.3); the AU sends all but `launched`, which the LMS records. */
export const CMI5_VERBS = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  abandoned: 'https://w3id.org/xapi/adl/verbs/abandoned',
  waived: 'https://w3id.org/xapi/adl/verbs/waived',
  satisfied: 'https://w3id.org/xapi/adl/verbs/satisfied',
} as const;
export type Cmi5Verb = keyof typeof CMI5_VERBS;

export type LaunchMode = 'Normal' | 'Browse' | 'Review';
export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';
