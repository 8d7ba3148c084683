import { parseLaunchActor } from '../xapi/launch-params';
import type { Agent } from '../xapi/xapi-types';

/** The query an LMS launches a cmi5 AU with (cmi5 §8.1). */
export interface Cmi5LaunchParams {
  /** The LMS's xAPI endpoint, ending in '/'. */
  endpoint: string;
  /** One-time URL that hands out the session's auth token (§8.2). */
  fetch: string;
  /** The learner; cmi5 requires an account. */
  actor: Agent & { account: { homePage: string; name: string } };
  registration: string;
  /** The LMS's id for this AU: the object of every cmi5 defined statement. */
  activityId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function httpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? value.trim() : null;
  } catch {
    return null;
  }
}

/** An absolute IRI (a scheme and something after it); LMSs use http(s) URLs or URNs. */
function iri(value: string | null): string | null {
  const text = value?.trim() ?? '';
  return /^[a-z][a-z0-9+.-]*:\S+$/i.test(text) ? text : null;
}

/** True when the address looks like a cmi5 launch at all (even a broken one). */
export const isCmi5Launch = (search: string): boolean => {
  const params = new URLSearchParams(search);
  return params.has('fetch') && params.has('endpoint');
};

/** The launch parameters, or the first one missing or unusable (in plain words). */
export function parseCmi5Launch(search: string): { ok: true; launch: Cmi5LaunchParams } | { ok: false; problem: string } {
  const params = new URLSearchParams(search);
  const endpoint = httpUrl(params.get('endpoint'));
  if (!endpoint) return { ok: false, problem: 'the address of its learning record store' };
  const fetch = httpUrl(params.get('fetch'));
  if (!fetch) return { ok: false, problem: 'the address to fetch its access token from' };
  const actor = parseLaunchActor(params.get('actor'));
  if (!actor?.account) return { ok: false, problem: 'who the learner is (an account)' };
  const registration = params.get('registration')?.trim() ?? '';
  if (!UUID.test(registration)) return { ok: false, problem: 'the registration' };
  const activityId = iri(params.get('activityId'));
  if (!activityId) return { ok: false, problem: 'the activity id' };
  return {
    ok: true,
    launch: {
      endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
      fetch,
      actor: actor as Cmi5LaunchParams['actor'],
      registration,
      activityId,
    },
  };
}
