import type { Expression, OutcomeClass, PatientState, StateEffects } from '../format/scenario.types';

/** Events the UI (or a test) sends to a running scenario machine. */
export type SessionEvent =
  | { type: 'CHOOSE'; choiceId: string }
  /** Sent by the host when a restored session's deadline has passed. */
  | { type: 'TIME_UP' }
  | { type: 'PAUSE' }
  | { type: 'RESUME' };

/** One turn of the conversation, as recorded for scoring and the debrief. */
export interface TranscriptEntry {
  /** 0-based decision index. */
  turn: number;
  nodeId: string;
  /** A chosen response, or the trainee's silence when time ran out. */
  kind: 'choice' | 'timeout';
  choiceId: string | null;
  codes: string[];
  /** Patient state before and after the turn's effects. */
  before: PatientState;
  after: PatientState;
  /** The actual change applied, per variable (after gating and repetition). */
  delta: StateEffects;
  /** Milliseconds since the epoch when the turn was taken. */
  at: number;
}

/** Everything the UI needs to draw the current moment; derived, never stored. */
export interface SessionView {
  scenarioId: string;
  status: 'active' | 'paused' | 'ended';
  nodeId: string;
  phaseId: string | null;
  patientLine: {
    text: string;
    expression: Expression;
    audio: string | null;
    nonverbal: string | null;
  } | null;
  /** In display order (shuffled per attempt); `index` is the displayed position, 0-based. */
  choices: { id: string; text: string; index: number }[];
  patient: PatientState;
  expression: Expression;
  /** Absolute deadline (ms since epoch) while a time limit runs. */
  deadline: number | null;
  /** Time left when paused on a timed node. */
  remainingMs: number | null;
  timeLimitSeconds: number | null;
  transcript: TranscriptEntry[];
  ending: {
    id: string;
    outcome: OutcomeClass;
    title: string;
    text: string;
    patientLine: string | null;
  } | null;
}
