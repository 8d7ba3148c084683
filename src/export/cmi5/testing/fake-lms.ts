import { LmsReporting } from '../../lms-reporting/lms-reporting';
import type { FetchLike } from '../../xapi/lrs-http';
import { attemptRecord, COMPILED } from '../../xapi/testing/play-fixture';
import type { Statement } from '../../xapi/xapi-types';
import { LAUNCH_DATA_STATE_ID, SESSION_ID_EXTENSION, type LaunchMode } from '../cmi5-iris';
import { startCmi5Session } from '../cmi5-launch';

/** Test doubles for the cmi5 AU's unit tests: an LMS in memory and a played session. */
export const REG = 'd0000000-0000-4000-8000-0000000000c5';
export const ACTIVITY = 'https://lms.example/aus/17';
export const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner-9' } };
export const TEMPLATE = (session: string) => ({
  contextActivities: {
    grouping: [{ objectType: 'Activity' as const, id: 'https://common-ground.example/xapi/scenarios/insurer-suspicion' }],
  },
  extensions: { [SESSION_ID_EXTENSION]: session },
});

export type FakeLms = ReturnType<typeof fakeLms>;

/** An LMS in memory: one-time fetch URLs, the State API, the learner preferences profile and a statement store. */
export function fakeLms() {
  const statements: Statement[] = [];
  const state = new Map<string, string>();
  const tokens = new Map<string, string | null>();
  let fetchCalls = 0;
  const modes: Record<string, LaunchMode> = {};
  /** The cmi5LearnerPreferences Agent Profile (§11); null: none (404). */
  const preferences: { document: string | null } = { document: null };
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const fetchImpl: FetchLike = async (url, init) => {
    const u = new URL(url);
    if (u.pathname === '/fetch') {
      fetchCalls++;
      const key = u.searchParams.get('k')!;
      const token = tokens.get(key);
      tokens.set(key, null);
      return token ? json(200, { 'auth-token': token }) : json(200, { 'error-code': '1', 'error-text': 'already used' });
    }
    if ((init.headers as Record<string, string>).Authorization !== 'Basic dG9rZW4=') return json(401, {});
    if (u.pathname === '/xapi/activities/state') {
      const key = `${u.searchParams.get('registration')}|${u.searchParams.get('stateId')}`;
      if (init.method === 'PUT') {
        state.set(key, typeof init.body === 'string' ? init.body : '');
        return new Response(null, { status: 204 });
      }
      const doc = state.get(key);
      return doc ? new Response(doc, { status: 200 }) : new Response('', { status: 404 });
    }
    if (u.pathname === '/xapi/agents/profile') {
      const mine = u.searchParams.get('profileId') === 'cmi5LearnerPreferences' && u.searchParams.get('agent') === JSON.stringify(ACTOR);
      return mine && preferences.document !== null
        ? new Response(preferences.document, { status: 200 })
        : new Response('', { status: 404 });
    }
    if (u.pathname === '/xapi/statements' && init.method === 'POST') {
      const sent = JSON.parse(typeof init.body === 'string' ? init.body : '[]') as Statement[];
      statements.push(...sent);
      return json(
        200,
        sent.map((s) => s.id),
      );
    }
    return new Response('', { status: 404 });
  };
  return {
    statements,
    fetchCalls: () => fetchCalls,
    fetchImpl,
    modes,
    preferences,
    /** Writes LMS.LaunchData and a fresh fetch URL, as an LMS does before each launch. */
    launch(session: string, launchMode: LaunchMode = 'Normal') {
      modes[session] = launchMode;
      tokens.set(session, 'dG9rZW4=');
      state.set(
        `${REG}|${LAUNCH_DATA_STATE_ID}`,
        JSON.stringify({
          contextTemplate: TEMPLATE(session),
          launchMode,
          moveOn: 'Passed',
          masteryScore: 0.7,
          returnURL: 'https://lms.example/course',
        }),
      );
      return `?${new URLSearchParams({ endpoint: 'https://lms.example/xapi/', fetch: `https://lms.example/fetch?k=${session}`, actor: JSON.stringify(ACTOR), registration: REG, activityId: ACTIVITY, scenario: 'insurer-suspicion' })}`;
    },
  };
}

export function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const map = new Map<string, string>();
  return { getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value) };
}

export async function playSession(lms: FakeLms, session: string, score: number, mode: LaunchMode = 'Normal') {
  const start = await startCmi5Session({
    search: lms.launch(session, mode),
    storage: memoryStorage(),
    onProblem: () => undefined,
    fetchImpl: lms.fetchImpl,
  });
  if (!start.ok) throw new Error(start.message);
  const record = attemptRecord(REG, score);
  const reporting = new LmsReporting(start.host, record.startedAt - 1000);
  reporting.started(COMPILED, { scenarioId: record.scenarioId, registration: REG, startedAt: record.startedAt, transcript: [] });
  for (const entry of record.transcript) reporting.answered(entry);
  reporting.completed(record);
  reporting.finish();
  await start.host.settled();
  return start;
}
