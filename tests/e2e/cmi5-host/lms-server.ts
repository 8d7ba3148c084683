import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { TYPES } from '../scorm-host/lms-server';
import { importCoursePackage, type ImportedAu } from './course-package';

const CMI5 = 'https://w3id.org/xapi/cmi5/context';
export const ACTOR = { objectType: 'Agent', name: 'Tia Moana', account: { homePage: 'https://lms.test.example', name: 'learner-2001' } };

export interface Cmi5Launch {
  url: string;
  registration: string;
  sessionId: string;
  activityId: string;
  au: ImportedAu;
  contextTemplate: { contextActivities: { grouping: { objectType: 'Activity'; id: string }[] }; extensions: Record<string, string> };
}

export interface Cmi5Lms {
  /** Where the package is served (the AU's origin). */
  contentOrigin: string;
  /** The LMS: fetch URLs, the xAPI endpoint the AU talks to, the return page. */
  lmsOrigin: string;
  aus: ImportedAu[];
  structure: string;
  /** What the fetch URLs were asked, by launch session: the number of POSTs. */
  fetchCalls: Map<string, number>;
  /** Authorization headers that did not carry an issued token. */
  refused: string[];
  /** Statements the test LRS turned down, with its reason. */
  lrsRefusals: string[];
  /** What reached the LMS, in arrival order: `<verb>` per statement stored, `return` per visit to the return page. */
  arrivals: string[];
  /** The learner's cmi5LearnerPreferences Agent Profile (§11); null removes it (the profile then answers 404). */
  setLearnerPreferences: (document: Record<string, unknown> | null) => void;
  /** Registers (or reuses) a learner's registration, writes LMS.LaunchData, records `launched`, and gives the AU launch URL. */
  launch: (options: {
    scenarioId: string;
    launchMode: 'Normal' | 'Browse' | 'Review';
    registration?: string;
    returnURL?: string;
  }) => Promise<Cmi5Launch>;
  close: () => Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * A test LMS for the cmi5 package, on two origins as in real deployments:
 * the content server holds the unzipped package; the LMS server hands out
 * one-time auth tokens, keeps the State API itself (the test LRS has none)
 * and passes statements through to the test LRS only with an issued token,
 * replacing it with the LRS's own credentials.
 */
export async function startCmi5Lms(zipPath: string, lrsEndpoint: string): Promise<Cmi5Lms> {
  const { files, aus, structure } = importCoursePackage(zipPath);
  const lrsAuth = `Basic ${Buffer.from('cmi5-lms:cmi5-secret').toString('base64')}`;
  const tokens = new Map<string, { token: string; handedOut: boolean }>();
  const validTokens = new Set<string>();
  const state = new Map<string, string>();
  const fetchCalls = new Map<string, number>();
  const refused: string[] = [];
  const lrsRefusals: string[] = [];
  const arrivals: string[] = [];
  let learnerPreferences: string | null = null;

  const content = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const body = path.startsWith('/package/') ? files.get(path.slice('/package/'.length)) : undefined;
    if (!body) return void response.writeHead(404).end('Not found');
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
  });
  const contentOrigin = await listen(content);

  const cors = {
    'Access-Control-Allow-Origin': contentOrigin,
    'Access-Control-Allow-Methods': 'GET, POST, PUT',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version, Accept',
  };
  const reply = (response: ServerResponse, status: number, body: string, type = 'application/json') =>
    void response.writeHead(status, { ...cors, 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);

  const toLrs = (method: string, path: string, body?: string) =>
    fetch(`${lrsEndpoint}${path}`, {
      method,
      headers: { Authorization: lrsAuth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
      ...(body ? { body } : {}),
    });

  const lms = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://x');
      if (request.method === 'OPTIONS') return reply(response, 204, '');
      if (url.pathname === '/return') arrivals.push('return');
      if (url.pathname === '/return')
        return reply(response, 200, '<!doctype html><title>Test LMS</title><h1>Back in the test LMS</h1>', 'text/html; charset=utf-8');
      if (url.pathname.startsWith('/fetch/')) {
        const key = url.pathname.slice('/fetch/'.length);
        fetchCalls.set(key, (fetchCalls.get(key) ?? 0) + 1);
        const entry = tokens.get(key);
        if (request.method !== 'POST' || !entry)
          return reply(response, 200, JSON.stringify({ 'error-code': '2', 'error-text': 'Unknown fetch URL' }));
        if (entry.handedOut)
          return reply(
            response,
            200,
            JSON.stringify({ 'error-code': '1', 'error-text': 'The authorization token has already been returned.' }),
          );
        entry.handedOut = true;
        return reply(response, 200, JSON.stringify({ 'auth-token': entry.token }));
      }
      if (!url.pathname.startsWith('/xapi/')) return reply(response, 404, '');
      const auth = request.headers.authorization ?? '';
      if (!validTokens.has(auth.replace(/^Basic /, ''))) {
        refused.push(`${request.method} ${url.pathname}: ${auth || 'no Authorization'}`);
        return reply(response, 401, JSON.stringify({ error: 'not an issued token' }));
      }
      if (url.pathname === '/xapi/activities/state') {
        const key = ['activityId', 'agent', 'registration', 'stateId'].map((name) => url.searchParams.get(name)).join('|');
        if (request.method === 'GET') {
          const doc = state.get(key);
          return doc === undefined ? reply(response, 404, '') : reply(response, 200, doc);
        }
        state.set(key, await readBody(request));
        return reply(response, 204, '');
      }
      if (url.pathname === '/xapi/agents/profile' && request.method === 'GET') {
        const mine =
          url.searchParams.get('agent') === JSON.stringify(ACTOR) && url.searchParams.get('profileId') === 'cmi5LearnerPreferences';
        return mine && learnerPreferences !== null ? reply(response, 200, learnerPreferences) : reply(response, 404, '');
      }
      if (url.pathname === '/xapi/statements') {
        const body = request.method === 'GET' ? undefined : await readBody(request);
        const answer = await toLrs(request.method ?? 'GET', `statements${url.search}`, body);
        const text = await answer.text();
        if (!answer.ok) lrsRefusals.push(`${answer.status} ${text.slice(0, 300)} for ${body?.slice(0, 200)}`);
        else if (body)
          arrivals.push(
            ...([JSON.parse(body)].flat() as { verb: { id: string } }[]).map((statement) => statement.verb.id.split('/').pop()!),
          );
        return reply(response, answer.status, text);
      }
      return reply(response, 404, '');
    })().catch((error: unknown) => reply(response, 500, JSON.stringify({ error: String(error) })));
  });
  const lmsOrigin = await listen(lms);

  return {
    contentOrigin,
    lmsOrigin,
    aus,
    structure,
    fetchCalls,
    refused,
    lrsRefusals,
    arrivals,
    setLearnerPreferences(document) {
      learnerPreferences = document === null ? null : JSON.stringify(document);
    },
    async launch({ scenarioId, launchMode, registration = randomUUID(), returnURL }) {
      const au = aus.find((candidate) => new URL(candidate.url, 'http://x/').searchParams.get('scenario') === scenarioId);
      if (!au) throw new Error(`No AU for ${scenarioId} in cmi5.xml`);
      // The LMS's own activity id for the AU: stable per AU, never the publisher's id.
      const activityId = `https://lms.test.example/activities/${encodeURIComponent(scenarioId)}`;
      const sessionId = randomUUID();
      const token = Buffer.from(`session-${sessionId}:${randomUUID()}`).toString('base64');
      tokens.set(sessionId, { token, handedOut: false });
      validTokens.add(token);
      const contextTemplate = {
        contextActivities: { grouping: [{ objectType: 'Activity' as const, id: au.id }] },
        extensions: { [`${CMI5}/extensions/sessionid`]: sessionId },
      };
      const launchData = {
        contextTemplate,
        launchMode,
        moveOn: au.moveOn,
        ...(au.masteryScore === null ? {} : { masteryScore: au.masteryScore }),
        ...(returnURL ? { returnURL } : {}),
      };
      state.set([activityId, JSON.stringify(ACTOR), registration, 'LMS.LaunchData'].join('|'), JSON.stringify(launchData));
      const auUrl = new URL(au.url, `${contentOrigin}/package/`);
      const launched = {
        id: randomUUID(),
        actor: ACTOR,
        verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
        object: { objectType: 'Activity', id: activityId },
        context: {
          registration,
          contextActivities: { grouping: contextTemplate.contextActivities.grouping, category: [{ id: `${CMI5}/categories/cmi5` }] },
          extensions: {
            ...contextTemplate.extensions,
            [`${CMI5}/extensions/launchmode`]: launchMode,
            [`${CMI5}/extensions/launchurl`]: auUrl.href,
            [`${CMI5}/extensions/moveon`]: au.moveOn,
            ...(au.masteryScore === null ? {} : { [`${CMI5}/extensions/masteryscore`]: au.masteryScore }),
          },
        },
        timestamp: new Date().toISOString(),
      };
      const sent = await toLrs('POST', 'statements', JSON.stringify(launched));
      if (!sent.ok) throw new Error(`The test LRS refused launched: ${sent.status} ${await sent.text()}`);
      // The AU's own query (scenario=…) is kept; the launch parameters are merged in (cmi5 §13.1.4, url).
      for (const [name, value] of Object.entries({
        endpoint: `${lmsOrigin}/xapi/`,
        fetch: `${lmsOrigin}/fetch/${sessionId}`,
        actor: JSON.stringify(ACTOR),
        registration,
        activityId,
      })) {
        auUrl.searchParams.set(name, value);
      }
      return { url: auUrl.href, registration, sessionId, activityId, au, contextTemplate };
    },
    close: () =>
      Promise.all(
        [content, lms].map(
          (server) =>
            new Promise<void>((done) => {
              server.closeAllConnections();
              server.close(() => done());
            }),
        ),
      ).then(() => undefined),
  };
}
