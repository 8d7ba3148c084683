import { describe, expect, it } from 'vitest';
import { attemptRecord, COMPILED, playTranscript } from '../xapi/testing/play-fixture';
import type { AttemptJudged, DecisionTaken, LmsHost } from './lms-host';
import { LmsReporting } from './lms-reporting';

/** A host that writes down what the core told it. */
function recordingHost(passMark: number | null = null) {
  const calls: { name: string; args: unknown[] }[] = [];
  const note =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push({ name, args });
  const host: LmsHost = {
    passMark: () => passMark,
    began: note('began'),
    decided: note('decided'),
    progressed: note('progressed'),
    judged: note('judged'),
    abandoned: note('abandoned'),
    suspended: note('suspended'),
    finish: note('finish'),
  };
  return { host, calls, named: (name: string) => calls.filter((call) => call.name === name) };
}

const REG = 'd0000000-0000-4000-8000-0000000000a1';

describe('the shared LMS reporting core', () => {
  it('gives each decision its latency and the patient line, and the host a resume record after each change', () => {
    const { host, named } = recordingHost();
    const { transcript } = playTranscript();
    const reporting = new LmsReporting(host, transcript[0]!.at - 5000, () => transcript.at(-1)!.at);
    reporting.started(COMPILED, {
      scenarioId: COMPILED.scenario.id,
      registration: REG,
      startedAt: transcript[0]!.at - 3000,
      transcript: [],
    });
    for (const entry of transcript.slice(0, 3)) reporting.answered(entry);
    const decisions = named('decided').map((call) => call.args[0] as DecisionTaken);
    expect(decisions).toHaveLength(3);
    expect(decisions[1]!.latencyMs).toBe(transcript[1]!.at - transcript[0]!.at);
    expect(decisions[0]!.patientLine).toBe(COMPILED.scenario.nodes.find((node) => node.id === transcript[0]!.nodeId)!.patient.text);
    const resumes = named('progressed').map((call) => call.args[0] as { steps: unknown[]; registration: string });
    expect(resumes.map((resume) => resume.steps.length)).toEqual([0, 1, 2, 3]);
    expect(resumes[0]!.registration).toBe(REG);
  });

  it('judges against the host’s pass mark when it has one, else Common Ground’s 70', () => {
    for (const [mark, score, passed] of [
      [null, 70, true],
      [null, 69, false],
      [80, 75, false],
      [60, 61, true],
    ] as const) {
      const { host, named } = recordingHost(mark);
      const record = attemptRecord(REG, score);
      const reporting = new LmsReporting(host, record.startedAt);
      reporting.started(COMPILED, { scenarioId: record.scenarioId, registration: REG, startedAt: record.startedAt, transcript: [] });
      reporting.completed(record);
      const judged = named('judged')[0]!.args[0] as AttemptJudged;
      expect(judged).toMatchObject({ scoreRaw: score, passed, passMark: mark ?? 70, attemptMs: record.finishedAt - record.startedAt });
    }
  });

  it('a retried decision replaces the turns after it in the resume record', () => {
    const { host, named } = recordingHost();
    const { transcript } = playTranscript();
    const reporting = new LmsReporting(host, 0);
    reporting.started(COMPILED, { scenarioId: COMPILED.scenario.id, registration: REG, startedAt: 0, transcript: [] });
    for (const entry of transcript.slice(0, 3)) reporting.answered(entry);
    reporting.answered({ ...transcript[1]!, at: transcript[2]!.at + 10 });
    expect((named('progressed').at(-1)!.args[0] as { steps: unknown[] }).steps).toHaveLength(2);
  });

  it('suspends only mid-attempt, finishes once, and tells the host nothing after finishing', () => {
    const { host, named, calls } = recordingHost();
    const reporting = new LmsReporting(host, 0, () => 1000);
    reporting.suspended();
    expect(named('suspended')).toHaveLength(0);
    reporting.started(COMPILED, { scenarioId: COMPILED.scenario.id, registration: REG, startedAt: 0, transcript: [] });
    reporting.suspended();
    expect(named('suspended')).toHaveLength(1);
    reporting.finish();
    reporting.finish();
    expect(named('finish').map((call) => call.args)).toEqual([[1000, true]]);
    const before = calls.length;
    reporting.completed(attemptRecord(REG, 90));
    reporting.started(COMPILED, { scenarioId: COMPILED.scenario.id, registration: REG, startedAt: 0, transcript: [] });
    expect(calls).toHaveLength(before);
  });

  it('says when no attempt is open any more, so an exit can wait for an ending being scored', async () => {
    const { host } = recordingHost();
    const reporting = new LmsReporting(host, 0);
    await reporting.attemptSettled();
    reporting.started(COMPILED, { scenarioId: COMPILED.scenario.id, registration: REG, startedAt: 0, transcript: [] });
    let settled = false;
    const waiting = reporting.attemptSettled().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    reporting.completed(attemptRecord(REG, 50));
    await waiting;
    expect(settled).toBe(true);
  });
});
