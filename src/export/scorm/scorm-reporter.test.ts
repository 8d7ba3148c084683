/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument --
   The LMS's CMI data is scorm-again's untyped JSON, in different shapes for SCORM 1.2 and 2004: these tests read it as such and assert on its shape. */
import * as scorm12 from 'scorm-again/scorm12';
import type Scorm12Class from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import type Scorm2004Class from 'scorm-again/scorm2004';
import { describe, expect, it } from 'vitest';
import { attemptRecord, COMPILED, playTranscript } from '../xapi/testing/play-fixture';
import type { FoundApi, Scorm12Api, Scorm2004Api } from './find-lms-api';
import { decodeResume, encodeResume, SUSPEND_DATA_LIMIT_12 } from './resume-record';
import { replaySteps } from './replay-steps';
import { connectScorm } from './scorm-connection';
import { ScormReporter } from './scorm-reporter';

// The ESM build exports the classes by name; its type declarations say default.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12Class };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof Scorm2004Class };

const QUIET = { logLevel: 5 } as const;

/** The LMS's stored data, as it would commit it (readable after finish, unlike GetValue). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const stored = (api: { renderCommitCMI: (terminate: boolean) => unknown }): any => (api.renderCommitCMI(true) as { cmi: unknown }).cmi;

function lms12(cmi?: Record<string, unknown>) {
  const api = new Scorm12API(QUIET);
  if (cmi) api.loadFromJSON(cmi);
  const found: FoundApi = { version: '1.2', api: api as unknown as Scorm12Api };
  const lms = connectScorm(found);
  expect(lms.initialize()).toBe(true);
  return { api, lms };
}

function lms2004() {
  const api = new Scorm2004API(QUIET);
  const lms = connectScorm({ version: '2004', api: api as unknown as Scorm2004Api });
  expect(lms.initialize()).toBe(true);
  return { api, lms };
}

describe('SCORM reporter', () => {
  it('SCORM 1.2: records status, score, one interaction per decision and session time', () => {
    const { api, lms } = lms12();
    const record = attemptRecord('d0000000-0000-4000-8000-000000000001', 82);
    const reporter = new ScormReporter(lms, record.startedAt - 1000, () => record.finishedAt + 500);
    reporter.started(COMPILED, {
      scenarioId: record.scenarioId,
      registration: record.registration,
      startedAt: record.startedAt,
      transcript: [],
    });
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    for (const entry of record.transcript) reporter.answered(entry);
    expect(decodeResume(api.LMSGetValue('cmi.suspend_data'))?.steps).toHaveLength(record.transcript.length);
    reporter.completed(record);
    reporter.finish();

    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('82');
    expect(api.LMSGetValue('cmi.core.score.max')).toBe('100');
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
    expect(api.LMSGetValue('cmi.suspend_data')).toBe('');
    const cmi = stored(api);
    const interactions = Object.values<Record<string, string>>(cmi.interactions);
    expect(interactions).toHaveLength(record.transcript.length);
    expect(interactions[0]).toMatchObject({
      id: `insurer-suspicion/${record.transcript[0]!.nodeId}`,
      type: 'choice',
      student_response: record.transcript[0]!.choiceId,
      result: 'neutral',
    });
    expect(interactions[0]!.time).toMatch(/^\d\d:\d\d:\d\d$/);
    expect(cmi.core.session_time).toMatch(/^\d{2,4}:\d\d:\d\d(\.\d\d?)?$/);
    expect(cmi.core.exit).toBe('');
  });

  it('SCORM 1.2: leaving mid-attempt suspends with a compact record that replays to the same point', () => {
    const { api, lms } = lms12();
    const { transcript } = playTranscript((turn) => (turn + 1) % 3);
    const reporter = new ScormReporter(lms, transcript[0]!.at - 2000);
    reporter.started(COMPILED, {
      scenarioId: COMPILED.scenario.id,
      registration: 'd0000000-0000-4000-8000-000000000002',
      startedAt: transcript[0]!.at - 2000,
      transcript: [],
    });
    for (const entry of transcript.slice(0, 3)) reporter.answered(entry);
    reporter.finish();
    expect(stored(api).core.exit).toBe('suspend');

    const saved: string = stored(api).suspend_data;
    expect(saved.length).toBeLessThan(100);
    const resume = decodeResume(saved)!;
    expect(resume).toMatchObject({ scenarioId: COMPILED.scenario.id, registration: 'd0000000-0000-4000-8000-000000000002' });
    const session = replaySteps(COMPILED, resume.steps, null);
    const replayed = session.getView().transcript;
    session.stop();
    expect(replayed.map((e) => [e.nodeId, e.choiceId, e.after])).toEqual(
      transcript.slice(0, 3).map((e) => [e.nodeId, e.choiceId, e.after]),
    );
  });

  it('SCORM 1.2: suspends a shuffled attempt with its seed, and the replay shows the same order and choices', () => {
    const { api, lms } = lms12();
    const seed = 0xdeadbeef;
    const { transcript } = playTranscript((turn) => (turn + 1) % 3);
    const reporter = new ScormReporter(lms, transcript[0]!.at - 2000);
    reporter.started(COMPILED, {
      scenarioId: COMPILED.scenario.id,
      registration: 'd0000000-0000-4000-8000-000000000006',
      startedAt: transcript[0]!.at - 2000,
      transcript: [],
      seed,
    });
    for (const entry of transcript.slice(0, 3)) reporter.answered(entry);
    reporter.finish();

    const resume = decodeResume(stored(api).suspend_data)!;
    expect(resume.seed).toBe(seed);
    const shuffled = replaySteps(COMPILED, resume.steps, null, resume.seed ?? null);
    const authored = replaySteps(COMPILED, resume.steps, null);
    expect(shuffled.seed).toBe(seed);
    // Steps are authored indices: the same choices whatever the order on screen.
    expect(shuffled.getView().transcript.map((e) => [e.nodeId, e.choiceId, e.after])).toEqual(
      transcript.slice(0, 3).map((e) => [e.nodeId, e.choiceId, e.after]),
    );
    expect(
      shuffled
        .getView()
        .choices.map((c) => c.id)
        .sort(),
    ).toEqual(
      authored
        .getView()
        .choices.map((c) => c.id)
        .sort(),
    );
    shuffled.stop();
    authored.stop();
  });

  it('decodes a resume record written before seeds (cg1) as authored order', () => {
    const record = {
      scenarioId: 'x',
      hash: 'abc',
      registration: 'd0000000-0000-4000-8000-000000000007',
      steps: [0, 'timeout' as const, 2],
      elapsedSeconds: 12,
    };
    const cg1 = encodeResume(record);
    expect(cg1).toMatch(/^cg1\|/);
    expect(decodeResume(cg1)).toEqual(record);
    const cg2 = encodeResume({ ...record, seed: 4_000_000_000 });
    expect(cg2).toMatch(/^cg2\|.*\|[0-9a-z]+$/);
    expect(decodeResume(cg2)).toEqual({ ...record, seed: 4_000_000_000 });
    for (const bad of [
      `${cg2}zzzzzzz`,
      `${cg1}|1`,
      cg1.replace(/^cg1/, 'cg2'),
      `${cg1.replace(/^cg1/, 'cg2')}|`,
      `${cg1.replace(/^cg1/, 'cg2')}|-1`,
    ])
      expect(decodeResume(bad)).toBeNull();
  });

  it('SCORM 1.2: resumes a recorded attempt and keeps the best score across attempts', () => {
    const first = attemptRecord('d0000000-0000-4000-8000-000000000003', 90);
    const { api, lms } = lms12({ cmi: { core: { lesson_status: 'passed', score: { raw: '90', min: '0', max: '100' } } } });
    const reporter = new ScormReporter(lms, Date.now());
    reporter.started(COMPILED, {
      scenarioId: first.scenarioId,
      registration: first.registration,
      startedAt: first.startedAt,
      transcript: first.transcript.slice(0, 2),
    });
    for (const entry of first.transcript.slice(2)) reporter.answered(entry);
    reporter.completed({ ...first, score: { ...first.score!, overall: 40 } });
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('90');
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
  });

  it('SCORM 2004: completion, success, scaled score and interactions', () => {
    const { api, lms } = lms2004();
    const record = attemptRecord('d0000000-0000-4000-8000-000000000004', 55);
    const reporter = new ScormReporter(lms, record.startedAt);
    reporter.started(COMPILED, {
      scenarioId: record.scenarioId,
      registration: record.registration,
      startedAt: record.startedAt,
      transcript: [],
    });
    for (const entry of record.transcript) reporter.answered(entry);
    reporter.completed(record);
    reporter.finish();
    const cmi = stored(api);
    expect(cmi).toMatchObject({ completion_status: 'completed', success_status: 'failed', exit: 'normal' });
    expect(cmi.score).toMatchObject({ scaled: '0.55', raw: '55', min: '0', max: '100' });
    const interactions = Object.values<Record<string, string>>(cmi.interactions);
    expect(interactions).toHaveLength(record.transcript.length);
    expect(interactions[0]).toMatchObject({ type: 'choice', learner_response: record.transcript[0]!.choiceId, result: 'neutral' });
    expect(interactions[0]!.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    expect(interactions[0]!.description).toBeTruthy();
    expect(cmi.session_time).toMatch(/^P/);
  });

  it('stays far inside SCORM 1.2’s suspend_data limit', () => {
    const { transcript } = playTranscript((turn, count) => turn % count, 200);
    const { api, lms } = lms12();
    const reporter = new ScormReporter(lms, Date.now());
    reporter.started(COMPILED, {
      scenarioId: COMPILED.scenario.id,
      registration: 'd0000000-0000-4000-8000-000000000005',
      startedAt: Date.now(),
      transcript,
    });
    expect(api.LMSGetValue('cmi.suspend_data').length).toBeLessThan(SUSPEND_DATA_LIMIT_12 / 20);
  });
});
