import type { PatientState, Route, StateEffects } from '../format/scenario.types';
import type { SessionEvent, TranscriptEntry } from './session.types';

/** What a running scenario machine remembers; all of it is plain JSON. */
export interface SessionContext {
  scenarioId: string;
  /** Checked on restore: a snapshot never resumes against changed content. */
  contentHash: string;
  patient: PatientState;
  transcript: TranscriptEntry[];
  /** The last turn's codes, for the patient model's diminishing returns. */
  previousCodes: string[];
  /**
   * Absolute deadline (ms since epoch) while a time limit runs. Absolute so a
   * restored session knows whether it expired while the tab was closed.
   */
  deadline: number | null;
  /** Time limit left: the full limit on entry, frozen while paused; null when none runs. */
  remainingMs: number | null;
  paused: boolean;
  /** WCAG 2.2.1: time limits are multiplied by this; null switches them off. */
  timeLimitFactor: number | null;
  /**
   * The attempt's choice-order seed (unsigned 32-bit), kept in the snapshot
   * so a resume or a checkpoint shows the same order (runtime/choice-order.ts).
   * null, or absent in snapshots saved before it existed: authored order.
   */
  seed?: number | null;
}

/** Options for a fresh session (the authoring preview sets the patient state). */
export interface SessionInput {
  patient?: PatientState;
  timeLimitFactor?: number | null;
  /** Choice-order seed; absent or null keeps the authored order. */
  seed?: number | null;
}

/**
 * SessionEvent plus REARM, which the session wrapper sends after restoring a
 * snapshot: it re-enters a timed node's `waiting` state so the time limit is
 * scheduled again with what is left (see restore-session.ts, xstate #4860).
 */
export type RuntimeEvent = SessionEvent | { type: 'REARM' };

/** Params of the named actions and guards: serialisable, straight from the scenario. */
export interface ChoiceParams {
  nodeId: string;
  choiceId: string;
  codes: string[];
  effects: StateEffects | undefined;
}
export interface TimeoutParams {
  nodeId: string;
  codes: string[];
  effects: StateEffects | undefined;
}
export interface RouteParams {
  routes: readonly Route[];
  index: number;
}
