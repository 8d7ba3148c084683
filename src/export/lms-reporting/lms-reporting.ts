import type { CompiledScenario, TranscriptEntry } from '../../engine/trainee';
import type { AttemptRecord } from '../../storage/storage.types';
import { shortHash, stepsOf, type ResumeRecord } from '../scorm/resume-record';
import { PASS_THRESHOLD } from '../xapi/xapi-iris';
import type { LmsHost } from './lms-host';

/** The attempt being played, as far as any host needs it. */
interface Current {
  compiled: CompiledScenario;
  registration: string;
  startedAt: number;
  steps: ResumeRecord['steps'];
  lastAt: number;
  seed: number | null;
}

export interface AttemptStart {
  scenarioId: string;
  registration: string;
  startedAt: number;
  /** Decisions already taken (a resumed attempt), oldest first. */
  transcript: readonly TranscriptEntry[];
  /** The attempt's choice-order seed, kept in the resume record; null or absent: authored order. */
  seed?: number | null;
}

/**
 * The reporting core shared by the SCORM SCO and the cmi5 AU: it follows the
 * attempts of one launch (start, each decision, the ending) and tells its
 * host what happened in host-neutral terms: the decision's latency, the
 * resume record, the whole-number score and whether it passes the pass mark.
 * After `finish` it tells the host nothing more.
 */
export class LmsReporting {
  private current: Current | null = null;
  private finished = false;
  private settledWaiters: (() => void)[] = [];

  constructor(
    private readonly host: LmsHost,
    private readonly sessionStart: number,
    private readonly now: () => number = Date.now,
  ) {}

  started(compiled: CompiledScenario, start: AttemptStart): void {
    if (this.finished) return;
    const steps = stepsOf(start.transcript, compiled.scenario);
    this.current = {
      compiled,
      registration: start.registration,
      startedAt: start.startedAt,
      steps,
      lastAt: start.transcript.at(-1)?.at ?? this.now(),
      seed: start.seed ?? null,
    };
    this.host.began({ compiled, registration: start.registration, startedAt: start.startedAt, steps: [...steps] });
    this.progressed();
  }

  answered(entry: TranscriptEntry): void {
    const current = this.current;
    if (!current || this.finished) return;
    const [step] = stepsOf([entry], current.compiled.scenario);
    // A retried decision ("try again from here") replaces the turns after it.
    current.steps.length = entry.turn;
    current.steps.push(step!);
    const node = current.compiled.scenario.nodes.find((candidate) => candidate.id === entry.nodeId);
    this.host.decided({
      compiled: current.compiled,
      entry,
      latencyMs: entry.at - current.lastAt,
      timedOut: entry.kind === 'timeout' || entry.choiceId === null,
      patientLine: node ? node.patient.text : null,
    });
    current.lastAt = entry.at;
    this.progressed();
  }

  completed(record: AttemptRecord): void {
    if (this.finished) return;
    this.settle();
    const scoreRaw = record.score ? Math.max(0, Math.min(100, Math.round(record.score.overall))) : null;
    const passMark = this.host.passMark() ?? PASS_THRESHOLD;
    this.host.judged(
      {
        scoreRaw,
        passed: scoreRaw === null ? null : scoreRaw >= passMark,
        passMark,
        attemptMs: record.finishedAt - record.startedAt,
        finishedAt: record.finishedAt,
      },
      this.sessionMs(),
    );
  }

  /** Ended early for good (restart or leave without keeping): nothing to resume. */
  abandoned(): void {
    if (this.finished) return;
    this.settle();
    this.host.abandoned(this.sessionMs());
  }

  /** The trainee left mid-conversation with progress kept. */
  suspended(): void {
    if (this.finished || !this.current) return;
    this.host.suspended(this.sessionMs());
  }

  /** The launch is over: the host closes its session, once. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.host.finish(this.sessionMs(), this.current !== null);
  }

  /**
   * Resolves once no attempt is open (at once when none is): an ending
   * reached a moment ago is still being scored before it is reported.
   */
  attemptSettled(): Promise<void> {
    if (!this.current) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  private settle(): void {
    this.current = null;
    for (const resolve of this.settledWaiters.splice(0)) resolve();
  }

  private sessionMs(): number {
    return this.now() - this.sessionStart;
  }

  private progressed(): void {
    const current = this.current;
    if (!current) return;
    this.host.progressed(
      {
        scenarioId: current.compiled.scenario.id,
        hash: shortHash(current.compiled.contentHash),
        registration: current.registration,
        steps: [...current.steps],
        elapsedSeconds: (this.now() - current.startedAt) / 1000,
        seed: current.seed,
      },
      this.sessionMs(),
    );
  }
}
