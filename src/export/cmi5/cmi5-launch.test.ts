import validate from 'xapi-validation';
import { describe, expect, it } from 'vitest';
import { LmsReporting } from '../lms-reporting/lms-reporting';
import type { FetchLike } from '../xapi/lrs-http';
import { attemptRecord, COMPILED, playTranscript } from '../xapi/testing/play-fixture';
import type { Statement } from '../xapi/xapi-types';
import { startCmi5Session } from './cmi5-launch';
import { checkCmi5Statements } from './cmi5-rules';
import { ACTIVITY, fakeLms, memoryStorage, playSession, REG, TEMPLATE, type FakeLms } from './testing/fake-lms';

const verbs = (statements: Statement[]) => statements.map((s) => s.verb.id.split('/').pop());
const expectations = (lms: FakeLms) => ({
  registration: REG,
  activityId: ACTIVITY,
  contextTemplate: TEMPLATE('s1'),
  masteryScore: 0.7,
  launchModes: lms.modes,
});

describe('cmi5 AU launch and statements', () => {
  it('runs the launch sequence and sends valid statements in the cmi5 order, with the context template', async () => {
    const lms = fakeLms();
    const start = await playSession(lms, 's1', 82);
    expect(start.ok && start.data.returnUrl).toBe('https://lms.example/course');
    expect(verbs(lms.statements)).toEqual([
      'initialized',
      ...Array<string>(attemptRecord(REG, 82).transcript.length).fill('answered'),
      'completed',
      'passed',
      'terminated',
    ]);
    for (const statement of lms.statements) expect(validate(statement as never), statement.verb.id).toEqual([]);
    const { grouping } = TEMPLATE('s1').contextActivities;
    for (const statement of lms.statements)
      expect(statement.context?.contextActivities?.grouping).toEqual(expect.arrayContaining(grouping));
    expect(lms.statements.find((s) => s.verb.id.endsWith('passed'))!.result).toMatchObject({ success: true, score: { scaled: 0.82 } });
    expect(checkCmi5Statements(lms.statements, { ...expectations(lms), contextTemplate: { contextActivities: { grouping } } })).toEqual([]);
  });

  it('keeps the registration’s rules across sessions: one completed, one passed, no failed after passed', async () => {
    const lms = fakeLms();
    await playSession(lms, 's1', 40);
    await playSession(lms, 's2', 90);
    await playSession(lms, 's3', 20);
    expect(verbs(lms.statements).filter((verb) => ['completed', 'passed', 'failed'].includes(verb!))).toEqual([
      'completed',
      'failed',
      'passed',
    ]);
    const template = { contextActivities: { grouping: TEMPLATE('x').contextActivities.grouping } };
    expect(checkCmi5Statements(lms.statements, { ...expectations(lms), contextTemplate: template })).toEqual([]);
  });

  it('in Browse and Review sends only initialized and terminated', async () => {
    for (const mode of ['Browse', 'Review'] as const) {
      const lms = fakeLms();
      await playSession(lms, 'b', 95, mode);
      expect(verbs(lms.statements)).toEqual(['initialized', 'terminated']);
    }
  });

  it('fetches the token once: a reload continues the session without a second initialized', async () => {
    const lms = fakeLms();
    const storage = memoryStorage();
    const search = lms.launch('s1');
    const first = await startCmi5Session({ search, storage, onProblem: () => undefined, fetchImpl: lms.fetchImpl });
    const reloaded = await startCmi5Session({ search, storage, onProblem: () => undefined, fetchImpl: lms.fetchImpl });
    expect(first.ok && reloaded.ok).toBe(true);
    expect(lms.fetchCalls()).toBe(1);
    if (!reloaded.ok) return;
    reloaded.host.finish(1000);
    await reloaded.host.settled();
    expect(verbs(lms.statements)).toEqual(['initialized', 'terminated']);
    // After terminated the session is over for this tab.
    const after = await startCmi5Session({ search, storage, onProblem: () => undefined, fetchImpl: lms.fetchImpl });
    expect(after).toEqual({ ok: false, message: expect.stringMatching(/session has ended/) });
  });

  it('explains a used fetch URL, a broken launch and missing launch data in plain words', async () => {
    const lms = fakeLms();
    const search = lms.launch('s1');
    await startCmi5Session({ search, storage: memoryStorage(), onProblem: () => undefined, fetchImpl: lms.fetchImpl });
    const again = await startCmi5Session({ search, storage: memoryStorage(), onProblem: () => undefined, fetchImpl: lms.fetchImpl });
    expect(again).toEqual({ ok: false, message: expect.stringMatching(/already been used or has expired/) });
    const broken = await startCmi5Session({
      search: search.replace(/registration=[^&]+/, 'registration=nope'),
      storage: memoryStorage(),
      onProblem: () => undefined,
      fetchImpl: lms.fetchImpl,
    });
    expect(broken).toEqual({ ok: false, message: expect.stringMatching(/without the registration/) });
  });

  it('tells the trainee once when a statement cannot be delivered', async () => {
    const lms = fakeLms();
    const problems: string[] = [];
    const failing: FetchLike = (url, init) =>
      url.includes('/statements') ? Promise.resolve(new Response('no', { status: 400 })) : lms.fetchImpl(url, init);
    const start = await startCmi5Session({
      search: lms.launch('s1'),
      storage: memoryStorage(),
      onProblem: (m) => problems.push(m),
      fetchImpl: failing,
    });
    if (!start.ok) throw new Error(start.message);
    const { transcript } = playTranscript();
    const reporting = new LmsReporting(start.host, 0);
    reporting.started(COMPILED, { scenarioId: COMPILED.scenario.id, registration: REG, startedAt: 0, transcript: [] });
    reporting.answered(transcript[0]!);
    reporting.finish();
    await start.host.settled();
    expect(problems).toEqual([expect.stringMatching(/still saved in this browser/)]);
  });
});
