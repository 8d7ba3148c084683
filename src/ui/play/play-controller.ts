import type { SessionView } from '../../engine/trainee';
import { isQuotaError } from '../../storage/errors';
import type { AttemptRecord, FreeTextTurn, InProgressRecord, Settings, StoredTranscriptEntry } from '../../storage/storage.types';
import type { StorePort } from '../data/store-port';
import { offlineSaveMessage } from '../offline/save-error-message';
import { createSession, type CompiledScenario, type Session } from '../scenarios/engine';
import { scoreAttemptAsync } from '../scenarios/score-attempt-async';
import { attemptEvents, type AttemptInfo } from './attempt-observers';
import { attemptRecord, inProgressRecord } from './attempt-record';
import type { FreeTextAnswers, FreeTextChoice } from './free-text-answers';
import { newChoiceSeed } from './new-seed';
import type { RetryStart } from './retry-checkpoint';
import { saveProblemMessage, SaveRetry } from './save-retry';

export interface PlayState {
  view: SessionView;
  /** Set once the ending's record is saved: the screen moves to the debrief. */
  finishedAttemptId: string | null;
  /**
   * A trainee-facing message while saving fails. The attempt is paused (no
   * responses) until a save succeeds: on a timer, on "Try again" (retrySave),
   * or when a later write gets through.
   */
  saveError: string | null;
  /** Whether this attempt is answered in the trainee's own words ('ask': the trainee has not said yet). */
  freeText: FreeTextChoice;
}

interface Options {
  compiled: CompiledScenario;
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

/**
 * One trainee's run at one scenario, outside React: owns the engine session,
 * saves after every change, records the attempt at the ending and tells the
 * attempt observers. React reads it through useSyncExternalStore.
 */
export class PlayController {
  private session!: Session;
  private info!: AttemptInfo;
  private state!: PlayState;
  private readonly listeners = new Set<() => void>();
  private unsubscribe = () => {};
  private writes: Promise<unknown> = Promise.resolve();
  private settled = false;
  /** Writes that failed and are owed: finished or abandoned attempts in order, then the latest progress. */
  private readonly unsaved: { records: (() => Promise<unknown>)[]; progress: boolean } = { records: [], progress: false };
  private pausedForSave = false;
  private readonly retry = new SaveRetry(() => this.retrySave());
  /** Null when the attempt cannot be answered in free text: the transcript is kept as the engine gives it. */
  private answers: FreeTextAnswers | null = null;

  constructor(private readonly options: Options) {
    const { saved, from, compiled, timeLimitFactor } = options;
    const resumeFrom = saved ?? from;
    // A resumed or retried attempt keeps the seed inside its snapshot, so it shows the same order
    // (a snapshot saved before seeds existed has none and keeps the authored order); a new one draws a seed.
    const session = resumeFrom
      ? createSession(compiled, { snapshot: resumeFrom.snapshot, checkpoints: resumeFrom.checkpoints })
      : createSession(compiled, { timeLimitFactor, seed: newChoiceSeed() });
    this.begin(session, saved?.registration, saved?.startedAt, saved);
    // Reloaded while the ending was being scored and saved: finish the job.
    if (this.state.view.status === 'ended') this.finish();
  }

  getState = (): PlayState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Answers the current question; with `turn` (turns taken when it was shown), only if it is still current. */
  choose(choiceId: string, turn?: number): void {
    const { view, saveError } = this.state;
    // Paused while saving fails: a turn taken now could not be kept.
    if (saveError !== null) return;
    if (turn !== undefined && turn !== view.transcript.length) return;
    if (view.status === 'active') this.session.send({ type: 'CHOOSE', choiceId });
  }

  /** Answers in the trainee's own words: keeps how they were read, then goes on through the option chosen. */
  chooseInOwnWords(choiceId: string, turn: number, answer: FreeTextTurn): void {
    const { view, saveError } = this.state;
    if (saveError !== null || turn !== view.transcript.length || view.status !== 'active') return;
    this.answers?.record(turn, answer);
    this.choose(choiceId, turn);
  }

  /** The trainee's answer to "ask each attempt": their own words, or the options. */
  useFreeText(on: boolean): void {
    if (this.state.freeText !== 'ask') return;
    if (on) this.answers?.start();
    this.update({ freeText: on ? 'on' : 'off' });
    this.saveProgress();
  }

  /** Words typed but not yet sent, kept so a reload does not lose them. */
  get draft(): string {
    return this.answers?.draft ?? '';
  }

  saveDraft(text: string): void {
    if (this.answers?.setDraft(text) && !this.settled) this.saveProgress();
  }

  pause(): void {
    this.session.send({ type: 'PAUSE' });
  }

  resume(): void {
    this.session.send({ type: 'RESUME' });
  }

  /** Saves the current attempt as abandoned (if any turn was taken) and starts afresh. */
  restart(): void {
    if (this.state.view.transcript.length > 0) this.abandonRecord();
    this.session.stop();
    this.unsubscribe();
    this.settled = false;
    const keepChoice = this.state.freeText;
    this.begin(createSession(this.options.compiled, { timeLimitFactor: this.options.timeLimitFactor, seed: newChoiceSeed() }), undefined, undefined, null, keepChoice);
  }

  /** Leave with progress kept (resumable) or ended as abandoned. Resolves once saved. */
  async leave(keep: boolean): Promise<void> {
    if (this.settled) return;
    this.settled = true;
    if (keep) {
      // Paused, so a time limit waits for the trainee instead of expiring while they are away.
      if (this.state.view.status === 'active') this.session.send({ type: 'PAUSE' });
      this.saveProgress();
      attemptEvents.suspended(this.info);
    } else {
      this.abandonRecord();
    }
    await this.writes;
  }

  /** Tries the owed writes again now: finished attempts first, then the latest progress. */
  retrySave = (): void => {
    this.retry.cancel();
    for (const task of this.unsaved.records.splice(0)) this.writeRecord(task);
    if (!this.unsaved.progress) return;
    // Read when it runs: the latest snapshot, and nothing if a finished attempt was saved first.
    this.write(
      async () => {
        if (this.unsaved.progress) await this.options.store.inProgress.save(this.progressRecord());
      },
      () => (this.unsaved.progress = false),
      () => (this.unsaved.progress = true),
    );
  };

  /** Stops the session; leaving without a choice counts as a suspension (progress is saved). */
  dispose(): void {
    if (!this.settled && this.state.view.status !== 'ended') void this.leave(true);
    this.unsubscribe();
    this.session.stop();
    // A finished attempt not yet saved keeps being retried while the tab is open.
    if (this.unsaved.records.length === 0) this.retry.cancel();
  }

  private begin(session: Session, registration?: string, startedAt?: number, saved?: InProgressRecord | null, keepChoice?: FreeTextChoice): void {
    const { compiled, profileId } = this.options;
    this.session = session;
    const freeText = keepChoice ?? this.initialFreeText(saved ?? null, session.getView().transcript.length);
    const settings = this.options.freeText;
    this.answers = settings ? new settings.Answers(saved?.freeText ?? null, settings.keepWords) : null;
    if (freeText === 'on') this.answers?.start();
    this.info = {
      profileId,
      scenarioId: compiled.scenario.id,
      scenarioTitle: compiled.scenario.title,
      contentHash: compiled.contentHash,
      registration: registration ?? crypto.randomUUID(),
      startedAt: startedAt ?? Date.now(),
      resumed: registration !== undefined,
      seed: session.seed,
    };
    this.state = { view: session.getView(), finishedAttemptId: null, saveError: null, freeText };
    this.unsubscribe = session.subscribe((view) => this.onView(view));
    attemptEvents.started(this.info);
    this.saveProgress();
    this.emit();
  }

  /** A resumed attempt keeps its mode; a new one follows the setting. */
  private initialFreeText(saved: InProgressRecord | null, turnsTaken: number): FreeTextChoice {
    if (saved?.freeText) return 'on';
    if (saved && turnsTaken > 0) return 'off';
    const mode = this.options.freeText?.mode ?? 'off';
    return mode === 'always' ? 'on' : mode;
  }

  private onView(view: SessionView): void {
    const previous = this.state.view;
    this.state = { ...this.state, view };
    // With the trainee's own words, in free-text mode, so the answered statement can carry them.
    const entry = this.transcript(view)[view.transcript.length - 1];
    if (entry && view.transcript.length > previous.transcript.length) attemptEvents.answered(entry, this.info);
    // Saved even at the ending, so closing the tab while it is scored loses nothing.
    this.saveProgress();
    if (view.status === 'ended') this.finish();
    this.emit();
  }

  private finish(): void {
    if (this.settled) return;
    this.settled = true;
    const { compiled } = this.options;
    const { view } = this.state;
    const checkpoints = this.session.checkpoints;
    const info = this.info;
    const transcript = this.transcript(view);
    // Made once, so every retry saves the same attempt (same id): it is saved once, never twice.
    let record: AttemptRecord | null = null;
    this.writeRecord(async () => {
      // Scored in a worker, loaded only now: off the first load and off the main thread.
      record ??= attemptRecord(compiled, info, { ...view, transcript }, checkpoints, await scoreAttemptAsync(compiled, view.transcript, view.ending?.id ?? null));
      await this.options.store.attempts.save(record);
      await this.options.store.inProgress.clear(record.profileId, record.scenarioId);
      // The saved attempt replaces the conversation's progress: an older snapshot must not bring it back.
      this.unsaved.progress = false;
      attemptEvents.completed(record);
      this.update({ finishedAttemptId: record.id });
    });
  }

  private abandonRecord(): void {
    const view = { ...this.state.view, transcript: this.transcript(this.state.view) };
    const record: AttemptRecord = attemptRecord(this.options.compiled, this.info, view, this.session.checkpoints, null);
    this.writeRecord(async () => {
      await this.options.store.attempts.save(record);
      await this.options.store.inProgress.clear(record.profileId, record.scenarioId);
      attemptEvents.abandoned(record);
    });
  }

  private saveProgress(): void {
    const record = this.progressRecord();
    this.write(
      () => this.options.store.inProgress.save(record),
      () => (this.unsaved.progress = false),
      () => (this.unsaved.progress = true),
    );
  }

  /** The transcript with the trainee's own words beside each choice they routed to. */
  private transcript(view: SessionView): StoredTranscriptEntry[] {
    return this.answers ? this.answers.merge(view.transcript) : view.transcript;
  }

  private progressRecord(): InProgressRecord {
    const freeText = this.answers?.forProgress();
    return { ...inProgressRecord(this.info, this.session.persist(), this.session.checkpoints), ...(freeText ? { freeText } : {}) };
  }

  private writeRecord(task: () => Promise<unknown>): void {
    this.write(task, () => {}, () => this.unsaved.records.push(task));
  }

  /**
   * Writes run one after another, so an older snapshot never overwrites a
   * newer one. A failed write is owed (see `unsaved`) and the attempt pauses
   * until every owed write has gone through.
   */
  private write(task: () => Promise<unknown>, onSaved: () => void, onFailed: () => void): void {
    this.writes = this.writes.then(task).then(
      () => {
        onSaved();
        if (this.unsaved.records.length === 0 && !this.unsaved.progress) this.saveRecovered();
      },
      (error: unknown) => {
        onFailed();
        this.saveFailed(error);
      },
    );
  }

  private saveFailed(error: unknown): void {
    // Paused, so a time limit cannot run out while nothing can be saved.
    if (this.state.view.status === 'active') {
      this.pausedForSave = true;
      this.session.send({ type: 'PAUSE' });
    }
    this.retry.schedule();
    const message = offlineSaveMessage(error) ?? saveProblemMessage(isQuotaError(error), error instanceof Error ? error.message : String(error));
    if (this.state.saveError !== message) this.update({ saveError: message });
  }

  private saveRecovered(): void {
    this.retry.reset();
    if (this.state.saveError === null) return;
    this.update({ saveError: null });
    if (this.pausedForSave && this.state.view.status === 'paused') this.session.send({ type: 'RESUME' });
    this.pausedForSave = false;
  }

  private update(patch: Partial<PlayState>): void {
    this.state = { ...this.state, ...patch };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
