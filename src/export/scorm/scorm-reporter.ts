import type { AttemptBegun, AttemptJudged, DecisionTaken, LmsHost } from '../lms-reporting/lms-host';
import { LmsReporting } from '../lms-reporting/lms-reporting';
import { encodeResume, SUSPEND_DATA_LIMIT_12, type ResumeRecord } from './resume-record';
import type { ScormConnection } from './scorm-connection';
import { duration2004, timeOfDay12, timespan12, timestamp2004 } from './scorm-time';

/**
 * Writes attempts into the LMS's SCORM data model: status, score, each
 * decision as an interaction, session time, and a compact resume record in
 * suspend_data. One SCO is one scenario; if several attempts happen in one
 * launch, the LMS keeps the best score.
 */
export class ScormHost implements LmsHost {
  constructor(private readonly lms: ScormConnection) {}

  /** The LMS's mastery score when it sets one (1.2: 0–100; 2004: scaled 0–1). */
  passMark(): number | null {
    const value = Number.parseFloat(this.lms.get('masteryScore'));
    if (!Number.isFinite(value)) return null;
    // 0.7 × 100 is 70.00000000000001 in floating point, which would fail a score of exactly 70.
    return this.lms.version === '1.2' ? value : Math.round(value * 100 * 1e6) / 1e6;
  }

  began(_attempt: AttemptBegun): void {
    if (this.lms.version === '1.2') {
      const status = this.lms.getRaw('cmi.core.lesson_status');
      if (['', 'not attempted', 'browsed'].includes(status)) this.lms.setRaw('cmi.core.lesson_status', 'incomplete');
    } else if (this.lms.getRaw('cmi.completion_status') !== 'completed') {
      this.lms.setRaw('cmi.completion_status', 'incomplete');
    }
  }

  decided(decision: DecisionTaken): void {
    const { entry, compiled, timedOut } = decision;
    const n = Number.parseInt(this.lms.get('interactionCount'), 10) || 0;
    const prefix = `cmi.interactions.${n}`;
    const set = (field: string, value: string) => this.lms.setRaw(`${prefix}.${field}`, value);
    set('id', `${compiled.scenario.id}/${entry.nodeId}`);
    set('type', 'choice');
    if (this.lms.version === '1.2') {
      if (!timedOut) set('student_response', entry.choiceId!);
      set('result', timedOut ? 'unanticipated' : 'neutral');
      set('time', timeOfDay12(entry.at));
      set('latency', timespan12(decision.latencyMs));
    } else {
      if (decision.patientLine !== null) set('description', decision.patientLine.slice(0, 250));
      if (!timedOut) set('learner_response', entry.choiceId!);
      set('result', timedOut ? 'unanticipated' : 'neutral');
      set('timestamp', timestamp2004(entry.at));
      set('latency', duration2004(decision.latencyMs));
    }
  }

  progressed(resume: ResumeRecord, sessionMs: number): void {
    const text = encodeResume(resume);
    // Over the limit (thousands of decisions) it cannot resume anyway: better empty than truncated.
    this.lms.set('suspendData', text.length <= SUSPEND_DATA_LIMIT_12 ? text : '');
    this.lms.set('location', String(resume.steps.length));
    this.commit(sessionMs);
  }

  judged(outcome: AttemptJudged, sessionMs: number): void {
    const raw = outcome.scoreRaw;
    const previous = Number.parseFloat(this.lms.get('scoreRaw'));
    if (raw !== null && !(previous > raw)) {
      this.lms.set('scoreMin', '0');
      this.lms.set('scoreMax', '100');
      this.lms.set('scoreRaw', String(raw));
      if (this.lms.version === '1.2') {
        this.lms.setRaw('cmi.core.lesson_status', outcome.passed ? 'passed' : 'failed');
      } else {
        this.lms.setRaw('cmi.score.scaled', String(raw / 100));
        this.lms.setRaw('cmi.success_status', outcome.passed ? 'passed' : 'failed');
      }
    }
    if (this.lms.version === '2004') this.lms.setRaw('cmi.completion_status', 'completed');
    else if (raw === null) this.lms.setRaw('cmi.core.lesson_status', 'completed');
    this.lms.set('suspendData', '');
    this.commit(sessionMs);
  }

  abandoned(sessionMs: number): void {
    this.lms.set('suspendData', '');
    this.commit(sessionMs);
  }

  suspended(sessionMs: number): void {
    this.lms.set('exit', 'suspend');
    this.commit(sessionMs);
  }

  /** Exits as suspended (if mid-attempt) or normally, then finishes. */
  finish(sessionMs: number, midAttempt: boolean): void {
    this.lms.set('exit', midAttempt ? 'suspend' : this.lms.version === '1.2' ? '' : 'normal');
    this.commit(sessionMs);
    this.lms.terminate();
  }

  private commit(sessionMs: number): void {
    this.lms.set('sessionTime', this.lms.version === '1.2' ? timespan12(sessionMs) : duration2004(sessionMs));
    this.lms.commit();
  }
}

/** The SCORM SCO's reporter: the shared core writing into the SCORM data model. */
export class ScormReporter extends LmsReporting {
  constructor(lms: ScormConnection, sessionStart: number, now: () => number = Date.now) {
    super(new ScormHost(lms), sessionStart, now);
  }
}
