import type { FoundApi } from './find-lms-api';

/**
 * SCORM 1.2 and 2004 behind one small interface, so the reporter speaks in
 * terms of what it records rather than in each version's element names.
 */
export interface ScormConnection {
  readonly version: '1.2' | '2004';
  initialize: () => boolean;
  get: (element: ScormElement) => string;
  set: (element: ScormElement, value: string) => boolean;
  /** Raw element access, for interactions (cmi.interactions.n.*). */
  getRaw: (element: string) => string;
  setRaw: (element: string, value: string) => boolean;
  commit: () => boolean;
  terminate: () => boolean;
}

export type ScormElement =
  | 'entry'
  | 'suspendData'
  | 'location'
  | 'exit'
  | 'sessionTime'
  | 'scoreRaw'
  | 'scoreMin'
  | 'scoreMax'
  | 'learnerId'
  | 'learnerName'
  | 'masteryScore'
  | 'interactionCount';

const NAMES_12: Record<ScormElement, string> = {
  entry: 'cmi.core.entry',
  suspendData: 'cmi.suspend_data',
  location: 'cmi.core.lesson_location',
  exit: 'cmi.core.exit',
  sessionTime: 'cmi.core.session_time',
  scoreRaw: 'cmi.core.score.raw',
  scoreMin: 'cmi.core.score.min',
  scoreMax: 'cmi.core.score.max',
  learnerId: 'cmi.core.student_id',
  learnerName: 'cmi.core.student_name',
  masteryScore: 'cmi.student_data.mastery_score',
  interactionCount: 'cmi.interactions._count',
};

const NAMES_2004: Record<ScormElement, string> = {
  entry: 'cmi.entry',
  suspendData: 'cmi.suspend_data',
  location: 'cmi.location',
  exit: 'cmi.exit',
  sessionTime: 'cmi.session_time',
  scoreRaw: 'cmi.score.raw',
  scoreMin: 'cmi.score.min',
  scoreMax: 'cmi.score.max',
  learnerId: 'cmi.learner_id',
  learnerName: 'cmi.learner_name',
  masteryScore: 'cmi.scaled_passing_score',
  interactionCount: 'cmi.interactions._count',
};

/** LMSs answer "true"/"false" strings (some, booleans). */
const ok = (result: string | boolean): boolean => result === true || result === 'true';

export function connectScorm(found: FoundApi): ScormConnection {
  if (found.version === '1.2') {
    const { api } = found;
    return {
      version: '1.2',
      initialize: () => ok(api.LMSInitialize('')),
      get: (element) => String(api.LMSGetValue(NAMES_12[element]) ?? ''),
      set: (element, value) => ok(api.LMSSetValue(NAMES_12[element], value)),
      getRaw: (element) => String(api.LMSGetValue(element) ?? ''),
      setRaw: (element, value) => ok(api.LMSSetValue(element, value)),
      commit: () => ok(api.LMSCommit('')),
      terminate: () => ok(api.LMSFinish('')),
    };
  }
  const { api } = found;
  return {
    version: '2004',
    initialize: () => ok(api.Initialize('')),
    get: (element) => String(api.GetValue(NAMES_2004[element]) ?? ''),
    set: (element, value) => ok(api.SetValue(NAMES_2004[element], value)),
    getRaw: (element) => String(api.GetValue(element) ?? ''),
    setRaw: (element, value) => ok(api.SetValue(element, value)),
    commit: () => ok(api.Commit('')),
    terminate: () => ok(api.Terminate('')),
  };
}
