import type { SessionView } from '../../engine/trainee';
import type { AttemptRecord, InProgressRecord } from '../../storage/storage.types';
import type { StorePort } from '../data/store-port';
import { createSession, type CompiledScenario, type Session } from '../scenarios/engine';
import { scoreAttemptAsync } from '../scenarios/score-attempt-async';
import { attemptEvents, type AttemptInfo } from './attempt-observers';
import { attemptRecord, inProgressRecord } from './attempt-record';
import { newChoiceSeed } from './new-seed';
import type { RetryStart } from './retry-checkpoint';

export interface PlayState {
  view: SessionView;
  /** Set once the ending's record is saved: the screen moves to the debrief. */
  finishedAttemptId: string | null;
  /** A trainee-facing message when saving failed. */
  saveError: string | null;
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

  constructor(private readonly options: Options) {
    const { saved, from, compiled, timeLimitFactor } = options;
    const resumeFrom = saved ?? from;
    // A resumed or retried attempt keeps the seed inside its snapshot, so it shows the same order
    // (a snapshot saved before seeds existed has none and keeps the authored order); a new one draws a seed.
    const session = resumeFrom
      ? createSession(compiled, { snapshot: resumeFrom.snapshot, checkpoints: resumeFrom.checkpoints })
      : createSession(compiled, { timeLimitFactor, seed: newChoiceSeed() });
    this.begin(session, saved?.registration, saved?.startedAt);
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
    const { view } = this.state;
    if (turn !== undefined && turn !== view.transcript.length) return;
    if (view.status === 'active') this.session.send({ type: 'CHOOSE', choiceId });
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
    this.begin(createSession(this.options.compiled, { timeLimitFactor: this.options.timeLimitFactor, seed: newChoiceSeed() }));
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

  /** Stops the session; leaving without a choice counts as a suspension (progress is saved). */
  dispose(): void {
    if (!this.settled && this.state.view.status !== 'ended') void this.leave(true);
    this.unsubscribe();
    this.session.stop();
  }

  private begin(session: Session, registration?: string, startedAt?: number): void {
    const { compiled, profileId } = this.options;
    this.session = session;
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
    this.state = { view: session.getView(), finishedAttemptId: null, saveError: null };
    this.unsubscribe = session.subscribe((view) => this.onView(view));
    attemptEvents.started(this.info);
    this.saveProgress();
    this.emit();
  }

  private onView(view: SessionView): void {
    const previous = this.state.view;
    this.state = { ...this.state, view };
    const entry = view.transcript[view.transcript.length - 1];
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
    this.write(async () => {
      // Scored in a worker, loaded only now: off the first load and off the main thread.
      const score = await scoreAttemptAsync(compiled, view.transcript, view.ending?.id ?? null);
      const record = attemptRecord(compiled, this.info, view, checkpoints, score);
      await this.options.store.attempts.save(record);
      await this.options.store.inProgress.clear(record.profileId, record.scenarioId);
      attemptEvents.completed(record);
      this.update({ finishedAttemptId: record.id });
    });
  }

  private abandonRecord(): void {
    const record: AttemptRecord = attemptRecord(this.options.compiled, this.info, this.state.view, this.session.checkpoints, null);
    this.write(async () => {
      await this.options.store.attempts.save(record);
      await this.options.store.inProgress.clear(record.profileId, record.scenarioId);
      attemptEvents.abandoned(record);
    });
  }

  private saveProgress(): void {
    const record = inProgressRecord(this.info, this.session.persist(), this.session.checkpoints);
    this.write(() => this.options.store.inProgress.save(record));
  }

  /** Writes run one after another, so an older snapshot never overwrites a newer one. */
  private write(task: () => Promise<unknown>): void {
    this.writes = this.writes.then(task).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      this.update({ saveError: `Your progress could not be saved: ${message}` });
    });
  }

  private update(patch: Partial<PlayState>): void {
    this.state = { ...this.state, ...patch };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
