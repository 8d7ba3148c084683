import type { SessionView } from '../../engine/trainee';
import type { AttemptRecord, InProgressRecord, Settings, StoredTranscriptEntry } from '../../storage/storage.types';
import type { StorePort } from '../data/store-port';
import { createSession, type CompiledScenario, type Session } from '../scenarios/engine';
import type { AttemptInfo } from './attempt-observers';
import { inProgressRecord } from './attempt-record';
import type { Write } from './attempt-writes';
import type { FreeTextAnswers, FreeTextChoice } from './free-text-answers';
import { newChoiceSeed } from './new-seed';
import type { RetryStart } from './retry-checkpoint';

export interface AttemptInput {
  compiled: CompiledScenario;
  /** For a play-only `compiled` (no feedback), the whole scenario, loaded when the attempt is scored. */
  loadWhole?: () => Promise<CompiledScenario>;
  store: StorePort;
  profileId: string;
  timeLimitFactor: 1 | 2 | 4 | null;
  /** A saved conversation to continue, already checked against the content hash. */
  saved: InProgressRecord | null;
  /** Or a new attempt starting at an earlier attempt's checkpoint ("try again from this decision"). */
  from?: RetryStart | null;
  /**
   * The free-text settings when the attempt opens, with the class that keeps
   * the answers (loaded only for an attempt that may use free text, see
   * open-play.ts); absent means off.
   */
  freeText?: { mode: Settings['freeTextMode']; keepWords: boolean; Answers: typeof FreeTextAnswers };
}

type FreeTextSettings = NonNullable<AttemptInput['freeText']>;

export interface AttemptContext {
  compiled: CompiledScenario;
  loadWhole: (() => Promise<CompiledScenario>) | null;
  store: StorePort;
  profileId: string;
  timeLimitFactor: 1 | 2 | 4 | null;
  /** Free-text settings when the attempt opened; null: off. */
  freeTextSettings: FreeTextSettings | null;
  /** The scenario's own statechart, running; the attempt forwards the trainee's events to it. */
  session: Session;
  info: AttemptInfo;
  view: SessionView;
  /** Whether this attempt is answered in the trainee's own words ('ask': the trainee has not said yet). */
  freeText: FreeTextChoice;
  /** Null when the attempt cannot be answered in free text: the transcript is kept as the engine gives it. */
  answers: FreeTextAnswers | null;
  /** Writes owed to storage, oldest first (see attempt-writes.ts); `writing` is the one under way. */
  writes: Write[];
  writing: Write | null;
  /** The finished attempt, made once so every retry saves the same record (same id). */
  record: AttemptRecord | null;
  /** Set once the ending's record is saved: the screen moves to the debrief. */
  finishedAttemptId: string | null;
  /**
   * A trainee-facing message while saving fails. The attempt is paused (no
   * responses) until every owed write has gone through: on a timer, on
   * "Try again", or when a later write gets through.
   */
  saveError: string | null;
  /** Failed tries in a row: the next try waits longer after each. */
  failures: number;
  /** The session was paused because saving failed, so it resumes once saving works. */
  pausedForSave: boolean;
  /** "Try again" came while a save was under way: if that save fails, it is tried again at once. */
  retryAsked: boolean;
}

/** The attempt as it opens: resumed, retried from a checkpoint, or new. */
export function attemptContext(input: AttemptInput): AttemptContext {
  const { saved, from, compiled, timeLimitFactor } = input;
  const resumeFrom = saved ?? from;
  // A resumed or retried attempt keeps the seed inside its snapshot, so it shows the same order
  // (a snapshot saved before seeds existed has none and keeps the authored order); a new one draws a seed.
  const session = resumeFrom
    ? createSession(compiled, { snapshot: resumeFrom.snapshot, checkpoints: resumeFrom.checkpoints })
    : createSession(compiled, { timeLimitFactor, seed: newChoiceSeed() });
  const settings = input.freeText ?? null;
  const context = {
    compiled,
    loadWhole: input.loadWhole ?? null,
    store: input.store,
    profileId: input.profileId,
    timeLimitFactor,
    freeTextSettings: settings,
    writes: [],
    writing: null,
    saveError: null,
    failures: 0,
    pausedForSave: false,
    retryAsked: false,
  };
  const choice = initialFreeText(saved ?? null, session.getView().transcript.length, settings);
  return { ...context, ...attemptOn(context, session, choice, saved ?? null) };
}

/** Restart: a new attempt in the same mode, with a new seed. */
export function freshAttempt(context: AttemptContext): Partial<AttemptContext> {
  const session = createSession(context.compiled, { timeLimitFactor: context.timeLimitFactor, seed: newChoiceSeed() });
  return attemptOn(context, session, context.freeText, null);
}

type Fixed = Pick<AttemptContext, 'compiled' | 'profileId' | 'freeTextSettings'>;
type PerAttempt = Pick<AttemptContext, 'session' | 'info' | 'view' | 'freeText' | 'answers' | 'record' | 'finishedAttemptId'>;

function attemptOn(context: Fixed, session: Session, freeText: FreeTextChoice, saved: InProgressRecord | null): PerAttempt {
  const { compiled, freeTextSettings: settings } = context;
  const answers = settings ? new settings.Answers(saved?.freeText ?? null, settings.keepWords) : null;
  if (freeText === 'on') answers?.start();
  const info: AttemptInfo = {
    profileId: context.profileId,
    scenarioId: compiled.scenario.id,
    scenarioTitle: compiled.scenario.title,
    contentHash: compiled.contentHash,
    registration: saved?.registration ?? crypto.randomUUID(),
    startedAt: saved?.startedAt ?? Date.now(),
    resumed: saved !== null,
    seed: session.seed,
  };
  return { session, info, view: session.getView(), freeText, answers, record: null, finishedAttemptId: null };
}

/** A resumed attempt keeps its mode; a new one follows the setting. */
function initialFreeText(saved: InProgressRecord | null, turnsTaken: number, settings: FreeTextSettings | null): FreeTextChoice {
  if (saved?.freeText) return 'on';
  if (saved && turnsTaken > 0) return 'off';
  const mode = settings?.mode ?? 'off';
  return mode === 'always' ? 'on' : mode;
}

/** The transcript with the trainee's own words beside each choice they routed to. */
export function transcriptOf(context: AttemptContext, view: SessionView = context.view): StoredTranscriptEntry[] {
  return context.answers ? context.answers.merge(view.transcript) : view.transcript;
}

/** What storage keeps after every change, so a reload resumes here. */
export function progressOf(context: AttemptContext): InProgressRecord {
  const freeText = context.answers?.forProgress();
  const { session } = context;
  return { ...inProgressRecord(context.info, session.persist(), session.checkpoints), ...(freeText ? { freeText } : {}) };
}
