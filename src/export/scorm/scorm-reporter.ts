import type { CompiledScenario, TranscriptEntry } from '../../engine/trainee';
import type { AttemptRecord } from '../../storage/storage.types';
import { PASS_THRESHOLD } from '../xapi/xapi-iris';
import { encodeResume, shortHash, stepsOf, SUSPEND_DATA_LIMIT_12, type ResumeRecord } from './resume-record';
import type { ScormConnection } from './scorm-connection';
import { duration2004, timeOfDay12, timespan12, timestamp2004 } from './scorm-time';

/** The attempt being played, as far as SCORM needs it. */
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
  /** The attempt's choice-order seed, written to suspend_data; null or absent: authored order. */
  seed?: number | null;
}

/**
 * Writes attempts into the LMS's SCORM data model: status, score, each
 * decision as an interaction, session time, and a compact resume record in
 * suspend_data. One SCO is one scenario; if several attempts happen in one
 * launch, the LMS keeps the best score.
 */
export class ScormReporter {
  private current: Current | null = null;
  private finished = false;

  constructor(
    private readonly lms: ScormConnection,
    private readonly sessionStart: number,
    private readonly now: () => number = Date.now,
  ) {}

  started(compiled: CompiledScenario, start: AttemptStart): void {
    const steps = stepsOf(start.transcript, compiled.scenario);
    this.current = { compiled, registration: start.registration, startedAt: start.startedAt, steps, lastAt: start.transcript.at(-1)?.at ?? this.now(), seed: start.seed ?? null };
    if (this.lms.version === '1.2') {
      const status = this.lms.getRaw('cmi.core.lesson_status');
      if (['', 'not attempted', 'browsed'].includes(status)) this.lms.setRaw('cmi.core.lesson_status', 'incomplete');
    } else if (this.lms.getRaw('cmi.completion_status') !== 'completed') {
      this.lms.setRaw('cmi.completion_status', 'incomplete');
    }
    this.saveProgress();
  }

  answered(entry: TranscriptEntry): void {
    const current = this.current;
    if (!current || this.finished) return;
    const [step] = stepsOf([entry], current.compiled.scenario);
    // A retried decision ("try again from here") replaces the turns after it.
    current.steps.length = entry.turn;
    current.steps.push(step!);
    this.recordInteraction(entry, entry.at - current.lastAt);
    current.lastAt = entry.at;
    this.saveProgress();
  }

  completed(record: AttemptRecord): void {
    if (this.finished) return;
    this.current = null;
    const raw = record.score ? Math.max(0, Math.min(100, Math.round(record.score.overall))) : null;
    const previous = Number.parseFloat(this.lms.get('scoreRaw'));
    if (raw !== null && !(previous > raw)) {
      const passed = raw >= this.passThreshold();
      this.lms.set('scoreMin', '0');
      this.lms.set('scoreMax', '100');
      this.lms.set('scoreRaw', String(raw));
      if (this.lms.version === '1.2') {
        this.lms.setRaw('cmi.core.lesson_status', passed ? 'passed' : 'failed');
      } else {
        this.lms.setRaw('cmi.score.scaled', String(raw / 100));
        this.lms.setRaw('cmi.success_status', passed ? 'passed' : 'failed');
      }
    }
    if (this.lms.version === '2004') this.lms.setRaw('cmi.completion_status', 'completed');
    else if (raw === null) this.lms.setRaw('cmi.core.lesson_status', 'completed');
    this.lms.set('suspendData', '');
    this.commit();
  }

  /** Ended early for good (restart or leave without keeping): nothing to resume. */
  abandoned(): void {
    if (this.finished) return;
    this.current = null;
    this.lms.set('suspendData', '');
    this.commit();
  }

  /** The trainee left mid-conversation with progress kept. */
  suspended(): void {
    if (this.finished || !this.current) return;
    this.lms.set('exit', 'suspend');
    this.commit();
  }

  /** The page is going away: exit as suspended (if mid-attempt) or normally, then finish. */
  finish(): void {
    if (this.finished) return;
    this.lms.set('exit', this.current ? 'suspend' : this.lms.version === '1.2' ? '' : 'normal');
    this.lms.set('sessionTime', this.sessionTime());
    this.lms.commit();
    this.lms.terminate();
    this.finished = true;
  }

  /** The LMS's mastery score when it sets one, else Common Ground's. */
  private passThreshold(): number {
    const value = Number.parseFloat(this.lms.get('masteryScore'));
    if (!Number.isFinite(value)) return PASS_THRESHOLD;
    return this.lms.version === '1.2' ? value : value * 100;
  }

  private sessionTime(): string {
    const ms = this.now() - this.sessionStart;
    return this.lms.version === '1.2' ? timespan12(ms) : duration2004(ms);
  }

  private saveProgress(): void {
    const current = this.current;
    if (!current) return;
    const text = encodeResume({
      scenarioId: current.compiled.scenario.id,
      hash: shortHash(current.compiled.contentHash),
      registration: current.registration,
      steps: current.steps,
      elapsedSeconds: (this.now() - current.startedAt) / 1000,
      seed: current.seed,
    });
    // Over the limit (thousands of decisions) it cannot resume anyway: better empty than truncated.
    this.lms.set('suspendData', text.length <= SUSPEND_DATA_LIMIT_12 ? text : '');
    this.lms.set('location', String(current.steps.length));
    this.commit();
  }

  private recordInteraction(entry: TranscriptEntry, latencyMs: number): void {
    const current = this.current!;
    const n = Number.parseInt(this.lms.get('interactionCount'), 10) || 0;
    const prefix = `cmi.interactions.${n}`;
    const set = (field: string, value: string) => this.lms.setRaw(`${prefix}.${field}`, value);
    const timedOut = entry.kind === 'timeout' || entry.choiceId === null;
    set('id', `${current.compiled.scenario.id}/${entry.nodeId}`);
    set('type', 'choice');
    if (this.lms.version === '1.2') {
      if (!timedOut) set('student_response', entry.choiceId!);
      set('result', timedOut ? 'unanticipated' : 'neutral');
      set('time', timeOfDay12(entry.at));
      set('latency', timespan12(latencyMs));
    } else {
      const node = current.compiled.scenario.nodes.find((candidate) => candidate.id === entry.nodeId);
      if (node) set('description', node.patient.text.slice(0, 250));
      if (!timedOut) set('learner_response', entry.choiceId!);
      set('result', timedOut ? 'unanticipated' : 'neutral');
      set('timestamp', timestamp2004(entry.at));
      set('latency', duration2004(latencyMs));
    }
  }

  private commit(): void {
    this.lms.set('sessionTime', this.sessionTime());
    this.lms.commit();
  }
}
