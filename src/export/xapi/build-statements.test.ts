import validate from 'xapi-validation';
import { describe, expect, it } from 'vitest';
import { buildAttemptStatements } from './attempt-statements';
import { buildInitialized, buildSuspended } from './build-statements';
import { isoDuration, learnerAccountName } from './statement-context';
import { attemptRecord, xapiContext } from './testing/play-fixture';
import { EXT, VERBS } from './xapi-iris';

const REG = '3f2b8a4e-6a1d-4c5e-9b7f-0a1b2c3d4e5f';

/** xapi-validation 2.1.4 returns a list of warnings; [] means the statement is valid. */
const problems = (statement: unknown) =>
  validate(statement).map((w) => `${w.path.join('.')}: ${(w as { name?: string }).name ?? w.message}`);

describe('statement builders', () => {
  const record = attemptRecord(REG, 82);
  const statements = buildAttemptStatements(xapiContext(REG), record, 'shared-plan');

  it('builds a full attempt in order, each statement valid xAPI', () => {
    const verbs = statements.map((s) => s.verb.id.split('/').pop());
    expect(verbs[0]).toBe('initialized');
    expect(verbs.slice(1, 1 + record.transcript.length).every((v) => v === 'answered')).toBe(true);
    expect(verbs.slice(-3)).toEqual(['completed', 'passed', 'terminated']);
    expect(record.transcript.length).toBeGreaterThan(3);
    for (const statement of statements) expect(problems(statement), statement.verb.id).toEqual([]);
  });

  it('gives every statement a unique, deterministic UUID and one registration', () => {
    const again = buildAttemptStatements(xapiContext(REG), record, 'shared-plan');
    expect(again.map((s) => s.id)).toEqual(statements.map((s) => s.id));
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    for (const s of statements) {
      expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(s.context?.registration).toBe(REG);
      expect(s.context?.contextActivities?.parent?.[0]?.id).toBe('https://common-ground.example/xapi/scenarios/insurer-suspicion');
      expect(s.context?.extensions?.[EXT.contentHash]).toBe(record.contentHash);
      expect(s.actor).toEqual({ objectType: 'Agent', account: { homePage: 'https://program.example/pt', name: 'learner-42' } });
    }
    const other = buildAttemptStatements(xapiContext('7f2b8a4e-6a1d-4c5e-9b7f-0a1b2c3d4e5f'), record);
    expect(other[0]!.id).not.toBe(statements[0]!.id);
  });

  it('describes each decision as a choice interaction with codes and state change', () => {
    const answered = statements[1]!;
    const entry = record.transcript[0]!;
    expect(answered.object).toMatchObject({
      id: `https://common-ground.example/xapi/scenarios/insurer-suspicion/nodes/${entry.nodeId}`,
      definition: { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'choice' },
    });
    const def = (answered.object as { definition: { choices: { id: string }[] } }).definition;
    expect(def.choices.map((c) => c.id)).toContain(entry.choiceId);
    expect(answered.result?.response).toBe(entry.choiceId);
    expect(answered.result?.extensions?.[EXT.behaviourCodes]).toEqual(entry.codes);
    expect(answered.result?.extensions?.[EXT.stateDelta]).toEqual(entry.delta);
  });

  it('scores the attempt: passed at 70+, failed below, with dimensions and duration', () => {
    const judged = statements.at(-2)!;
    expect(judged.verb).toEqual(VERBS.passed);
    expect(judged.result).toMatchObject({ score: { scaled: 0.82, raw: 82, min: 0, max: 100 }, success: true, completion: true });
    expect(judged.result?.duration).toMatch(/^PT/);
    expect(Object.keys(judged.result?.extensions?.[EXT.dimensionScores] as object)).toEqual([
      'goals',
      'tasks',
      'bond',
      'trust',
      'communication',
    ]);
    const failed = buildAttemptStatements(xapiContext(REG), { ...record, score: { ...record.score!, overall: 69 } }).at(-2)!;
    expect(failed.verb).toEqual(VERBS.failed);
    expect(failed.result?.success).toBe(false);
    expect(problems(failed)).toEqual([]);
  });

  it('suspends, resumes and abandons with valid statements', () => {
    const ctx = xapiContext(REG);
    const suspended = buildSuspended(ctx, 1000, 61000, 3);
    expect(suspended.verb).toEqual(VERBS.suspended);
    expect(suspended.result).toMatchObject({ completion: false, duration: 'PT1M' });
    const resumed = buildInitialized(ctx, 90000, true);
    expect(resumed.verb).toEqual(VERBS.resumed);
    const abandoned = buildAttemptStatements(ctx, { ...record, status: 'abandoned', score: null }).at(-1)!;
    expect(abandoned.verb).toEqual(VERBS.terminated);
    expect(abandoned.result?.completion).toBe(false);
    for (const s of [suspended, resumed, abandoned]) expect(problems(s)).toEqual([]);
  });

  it('never puts an email in the actor', () => {
    expect(learnerAccountName({ id: 'p1', programId: 'S1234' })).toBe('S1234');
    expect(learnerAccountName({ id: 'p1', programId: null })).toBe('p1');
    const hashed = learnerAccountName({ id: 'p1', programId: 'Ana@Uni.example' });
    expect(hashed).not.toContain('@');
    expect(hashed).toBe(learnerAccountName({ id: 'p2', programId: 'ana@uni.example' }));
  });

  it('writes ISO 8601 durations', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(1234)).toBe('PT1.23S');
    expect(isoDuration(3_723_000)).toBe('PT1H2M3S');
    expect(isoDuration(120_000)).toBe('PT2M');
  });

  it('the validator does catch a broken statement (guards the tests above)', () => {
    const broken = { ...statements.at(-2)!, result: { score: { scaled: 1.7 } } };
    expect(problems(broken).join()).toContain('result.score.scaled');
  });
});
