import type { AttemptJudged, DecisionTaken, LmsHost } from '../lms-reporting/lms-host';
import { LrsError } from '../xapi/lrs-error';
import type { LrsClient } from '../xapi/lrs-client';
import { isoDuration } from '../xapi/statement-context';
import type { Statement } from '../xapi/xapi-types';
import type { LaunchMode } from './cmi5-iris';
import { cmi5Answered, cmi5Statement, type AuVerb, type Cmi5Session } from './cmi5-statements';
import type { RegistrationVerdicts } from './cmi5-verdicts';

export interface Cmi5HostOptions {
  session: Cmi5Session;
  launchMode: LaunchMode;
  client: LrsClient;
  /** What earlier sessions of this registration recorded. */
  verdicts: RegistrationVerdicts;
  saveVerdicts: (verdicts: RegistrationVerdicts) => Promise<void>;
  /** Called once `terminated` has been queued (the session is over for this tab). */
  onTerminated: () => void;
  /** A statement could not be delivered: said once to the trainee. */
  onProblem: (message: string) => void;
  now?: () => number;
  /** Waits between retries (tests pass one that does not wait). */
  pause?: (ms: number) => Promise<void>;
}

const RETRIES = 2;
const retryable = (error: unknown): boolean =>
  error instanceof LrsError && (error.status === 0 || error.status >= 500 || error.kind === 'timeout');

/**
 * The cmi5 AU's side of the reporting core: each event becomes statements
 * sent one at a time, in order, with strictly increasing timestamps (cmi5
 * orders a session's statements by timestamp). Normal launches record
 * decisions and results; Browse and Review launches record only
 * `initialized` and `terminated` (§10, launchMode). The ordering rules are
 * kept here: one `completed` and one `passed` per registration, one of
 * passed/failed per session, no `failed` after a `passed`.
 */
export class Cmi5Host implements LmsHost {
  private queue: Promise<void> = Promise.resolve();
  private lastStamp = 0;
  private judgedThisSession = false;
  private verdicts: RegistrationVerdicts;
  private terminated = false;
  private problemSaid = false;
  private readonly now: () => number;
  private readonly pause: (ms: number) => Promise<void>;

  constructor(private readonly options: Cmi5HostOptions) {
    this.verdicts = { ...options.verdicts };
    this.now = options.now ?? Date.now;
    this.pause = options.pause ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  private get normal(): boolean {
    return this.options.launchMode === 'Normal';
  }

  passMark(): number | null {
    const mastery = this.options.session.masteryScore;
    // Four decimals is the precision cmi5 allows; rounding keeps 0.7 × 100 at exactly 70.
    return mastery === null ? null : Math.round(mastery * 10_000) / 100;
  }

  /** The session's first statement; not sent again when a reload continues the session. */
  initialize(): void {
    this.enqueue(cmi5Statement(this.options.session, 'initialized', this.stamp()));
  }

  began(): void {}

  decided(decision: DecisionTaken): void {
    if (!this.normal || this.terminated) return;
    this.enqueue(cmi5Answered(this.options.session, decision.compiled, decision.entry, this.stamp(decision.entry.at)));
  }

  progressed(): void {}

  judged(outcome: AttemptJudged): void {
    if (!this.normal || this.terminated) return;
    const duration = isoDuration(outcome.attemptMs);
    const at = (): string => this.stamp(outcome.finishedAt);
    const before = { ...this.verdicts };
    if (!this.verdicts.completed) {
      this.send('completed', at(), { completion: true, duration });
      this.verdicts.completed = true;
    }
    if (outcome.passed !== null && outcome.scoreRaw !== null && !this.judgedThisSession && !this.verdicts.passed) {
      this.judgedThisSession = true;
      const verb: AuVerb = outcome.passed ? 'passed' : 'failed';
      this.send(verb, at(), {
        score: { scaled: outcome.scoreRaw / 100, raw: outcome.scoreRaw, min: 0, max: 100 },
        success: outcome.passed,
        duration,
      });
      if (outcome.passed) this.verdicts.passed = true;
      this.verdicts.reported = {
        scoreRaw: outcome.scoreRaw,
        passed: outcome.passed,
        passMark: outcome.passMark,
        finishedAt: outcome.finishedAt,
      };
    }
    if (before.completed !== this.verdicts.completed || before.reported !== this.verdicts.reported) {
      const verdicts = { ...this.verdicts };
      this.queue = this.queue.then(() => this.options.saveVerdicts(verdicts)).catch(() => undefined);
    }
  }

  abandoned(): void {}

  suspended(): void {}

  finish(sessionMs: number): void {
    if (this.terminated) return;
    this.terminated = true;
    this.enqueue(cmi5Statement(this.options.session, 'terminated', this.stamp(), { duration: isoDuration(sessionMs) }));
    this.options.onTerminated();
  }

  /** Resolves once every queued statement has been delivered or given up on. */
  settled(): Promise<void> {
    return this.queue;
  }

  private send(verb: AuVerb, at: string, result: Statement['result']): void {
    this.enqueue(cmi5Statement(this.options.session, verb, at, result));
  }

  /** Strictly increasing, so timestamp order is send order even within one millisecond. */
  private stamp(at: number = this.now()): string {
    this.lastStamp = Math.max(at, this.lastStamp + 1);
    return new Date(this.lastStamp).toISOString();
  }

  private enqueue(statement: Statement): void {
    this.queue = this.queue.then(() => this.deliver(statement));
  }

  private async deliver(statement: Statement): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.options.client.send([statement]);
        return;
      } catch (error) {
        if (attempt < RETRIES && retryable(error)) {
          await this.pause(500 * 3 ** attempt);
          continue;
        }
        if (!this.problemSaid) {
          this.problemSaid = true;
          this.options.onProblem(
            'Your course could not be told about part of this session. Your attempts are still saved in this browser.',
          );
        }
        return;
      }
    }
  }
}
