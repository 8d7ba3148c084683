import { describe, expect, it } from 'vitest';
import type { Statement } from '../xapi/xapi-types';
import { CMI5_CATEGORY, CMI5_VERBS, MASTERY_SCORE_EXTENSION, MOVEON_CATEGORY, SESSION_ID_EXTENSION, type Cmi5Verb } from './cmi5-iris';
import { checkCmi5Statements, type Cmi5Expectations } from './cmi5-rules';

const REG = 'd0000000-0000-4000-8000-0000000000d1';
const AU = 'https://lms.example/aus/1';
const GROUPING = { id: 'https://publisher.example/au/1' };
let clock = Date.parse('2025-01-01T00:00:00Z');

function make(verb: Cmi5Verb | 'answered', session = 's1', result?: Statement['result'], extra: string[] = []): Statement {
  const judged = result?.success !== undefined || result?.completion !== undefined;
  const defined = verb !== 'answered';
  clock += 1000;
  return {
    id: `${verb}-${clock}`,
    actor: { account: { homePage: 'https://lms.example', name: 'l' } },
    verb: { id: verb === 'answered' ? 'http://adlnet.gov/expapi/verbs/answered' : CMI5_VERBS[verb] },
    object: { id: AU },
    ...(result ? { result } : {}),
    context: {
      registration: REG,
      contextActivities: {
        grouping: [GROUPING],
        ...(defined
          ? { category: [{ id: CMI5_CATEGORY }, ...(judged ? [{ id: MOVEON_CATEGORY }] : []), ...extra.map((id) => ({ id }))] }
          : {}),
      },
      extensions: {
        [SESSION_ID_EXTENSION]: session,
        ...(verb === 'passed' || verb === 'failed' ? { [MASTERY_SCORE_EXTENSION]: 0.7 } : {}),
      },
    },
    timestamp: new Date(clock).toISOString(),
  };
}

const EXPECT: Cmi5Expectations = {
  registration: REG,
  activityId: AU,
  contextTemplate: { contextActivities: { grouping: [GROUPING] }, extensions: {} },
  masteryScore: 0.7,
  launchModes: { s1: 'Normal', s2: 'Normal', b: 'Browse' },
};
const passed = (session = 's1', scaled = 0.8) => make('passed', session, { success: true, score: { scaled }, duration: 'PT1S' });
const failed = (session = 's1', scaled = 0.5) => make('failed', session, { success: false, score: { scaled }, duration: 'PT1S' });
const completed = (session = 's1') => make('completed', session, { completion: true, duration: 'PT1S' });
const terminated = (session = 's1') => make('terminated', session, { duration: 'PT9S' });

describe('cmi5 statement rules', () => {
  it('accept a well-ordered session', () => {
    expect(
      checkCmi5Statements([make('launched'), make('initialized'), make('answered'), completed(), passed(), terminated()], EXPECT),
    ).toEqual([]);
  });

  it('catch each broken ordering rule', () => {
    const cases: [Statement[], RegExp][] = [
      [[make('answered'), make('initialized'), terminated()], /first statement is not initialized/],
      [[make('initialized'), terminated(), make('answered')], /last statement is not terminated/],
      [[make('initialized'), completed(), completed(), terminated()], /completed more than once/],
      [[make('initialized'), failed(), passed(), terminated()], /both passed and failed/],
      [
        [make('initialized', 's1'), passed('s1'), terminated('s1'), make('initialized', 's2'), failed('s2'), terminated('s2')],
        /failed after passed/,
      ],
      [[make('initialized', 'b'), completed('b'), terminated('b')], /Browse launch sent completed/],
      [[make('initialized'), passed('s1', 0.6), terminated()], /contradicts masteryScore/],
      [
        [make('initialized'), make('completed', 's1', { completion: true, duration: 'PT1S', success: true }), terminated()],
        /completion true and no success/,
      ],
      [[make('initialized'), make('terminated', 's1')], /no result.duration/],
    ];
    for (const [statements, problem] of cases) expect(checkCmi5Statements(statements, EXPECT).join('\n')).toMatch(problem);
  });

  it('catch a missing moveOn category, a missing template value and a cmi5 verb sent as an allowed statement', () => {
    const noMoveOn = completed();
    noMoveOn.context!.contextActivities!.category = [{ id: CMI5_CATEGORY }];
    const noTemplate = make('answered');
    noTemplate.context!.contextActivities = {};
    const allowedTerminated = terminated();
    allowedTerminated.context!.contextActivities!.category = [];
    const problems = checkCmi5Statements([make('initialized'), noMoveOn, noTemplate, allowedTerminated], EXPECT).join('\n');
    expect(problems).toMatch(/moveOn category/);
    expect(problems).toMatch(/does not carry the context template/);
    expect(problems).toMatch(/cmi5 verb without the cmi5 category/);
  });
});
