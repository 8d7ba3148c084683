import type { CompiledScenario, TranscriptEntry } from '../../engine/trainee';
import type { ResumeRecord } from '../scorm/resume-record';

/** An attempt that began (or resumed) in this launch. */
export interface AttemptBegun {
  compiled: CompiledScenario;
  registration: string;
  startedAt: number;
  /** Decisions already taken when it began (a resumed attempt), as resume steps. */
  steps: ResumeRecord['steps'];
}

/** One decision, with what every host records about it. */
export interface DecisionTaken {
  compiled: CompiledScenario;
  entry: TranscriptEntry;
  /** Time since the previous decision (or since the attempt's start). */
  latencyMs: number;
  /** Silent past a time limit: there is no response to record. */
  timedOut: boolean;
  /** The patient's line the trainee answered, when the node is known. */
  patientLine: string | null;
}

/** A finished conversation, judged against the host's pass mark. */
export interface AttemptJudged {
  /** Overall score 0–100, whole numbers; null when the attempt was not scored. */
  scoreRaw: number | null;
  /** Null when unscored. */
  passed: boolean | null;
  /** The pass mark used, 0–100. */
  passMark: number;
  /** From the attempt's start to its ending. */
  attemptMs: number;
  finishedAt: number;
}

/**
 * What a learning platform adapter does with an attempt's events, already
 * worked out by the shared reporting core (`LmsReporting`): the SCORM SCO
 * writes them into the runtime data model, the cmi5 AU sends statements.
 * `sessionMs` is the time since this launch began.
 */
export interface LmsHost {
  /** The platform's own pass mark, 0–100, or null to use Common Ground's. */
  passMark: () => number | null;
  began: (attempt: AttemptBegun) => void;
  decided: (decision: DecisionTaken) => void;
  /** Enough to rebuild the attempt so far, after each change. */
  progressed: (resume: ResumeRecord, sessionMs: number) => void;
  judged: (outcome: AttemptJudged, sessionMs: number) => void;
  /** The attempt ended early for good: nothing to resume. */
  abandoned: (sessionMs: number) => void;
  /** The trainee left mid-conversation, keeping progress. */
  suspended: (sessionMs: number) => void;
  /** The launch is over (page going away, or the trainee exits). */
  finish: (sessionMs: number, midAttempt: boolean) => void;
}
