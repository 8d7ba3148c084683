import { LAUNCH_KEY } from './launch-key';
import type { Agent } from './xapi-types';

export { LAUNCH_KEY };

/**
 * LRS access that comes with a launch: the de-facto "Tin Can launch" query
 * (?endpoint=…&auth=…&actor=…&registration=…) an LMS or a program's portal
 * adds to the app's address, per learner and per launch. It is kept in this
 * tab's sessionStorage for the launch only (never IndexedDB), and taken out
 * of the address bar and history at once.
 */
export interface LaunchParams {
  endpoint: string;
  /** The Authorization header value the launcher issued. */
  auth: string;
  actor: Agent;
  registration?: string;
}

const LAUNCH_FIELDS = ['endpoint', 'auth', 'actor', 'registration', 'activity_id', 'grouping', 'content_token'];

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The value as given (an agent's IRI must match the LMS's exactly), if it is an http(s) address. */
function httpUrl(value: unknown): string | null {
  if (!isText(value)) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? value.trim() : null;
  } catch {
    return null;
  }
}

/** One value from a Tin Can 0.95 list (`"mbox": ["mailto:…"]`) or the 1.0 form. */
const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** The launch's actor as an xAPI 1.0 Agent with one identifier, or null. */
export function parseLaunchActor(raw: unknown): Agent | null {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (!value || typeof value !== 'object') return null;
  const actor = value as Record<string, unknown>;
  const name = isText(first(actor.name)) ? { name: first(actor.name) as string } : {};
  const account = first(actor.account) as Record<string, unknown> | undefined;
  if (account && typeof account === 'object') {
    const homePage = httpUrl(account.homePage ?? account.accountServiceHomePage);
    const accountName = account.name ?? account.accountName;
    if (homePage && isText(accountName)) return { objectType: 'Agent', ...name, account: { homePage, name: accountName } };
  }
  const mbox = first(actor.mbox);
  if (isText(mbox) && /^mailto:[^@\s]+@[^@\s]+$/.test(mbox)) return { objectType: 'Agent', ...name, mbox };
  const sha = first(actor.mbox_sha1sum);
  if (isText(sha) && /^[0-9a-f]{40}$/i.test(sha)) return { objectType: 'Agent', ...name, mbox_sha1sum: sha };
  const openid = httpUrl(first(actor.openid));
  return openid ? { objectType: 'Agent', ...name, openid } : null;
}

/** The launch in a query string, or null when it has none (or an unusable one). */
export function parseLaunch(search: string): LaunchParams | null {
  const params = new URLSearchParams(search);
  const endpoint = httpUrl(params.get('endpoint'));
  const auth = params.get('auth');
  const actor = parseLaunchActor(params.get('actor'));
  if (!endpoint || !isText(auth) || !actor) return null;
  const registration = params.get('registration');
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  return { endpoint, auth: auth.trim(), actor, ...(registration && uuid.test(registration) ? { registration } : {}) };
}

/** Reads this tab's launch back, checked again (sessionStorage is as untrusted as the address). */
export function currentLaunch(storage: Pick<Storage, 'getItem'> | undefined = globalThis.sessionStorage): LaunchParams | null {
  try {
    const raw = storage?.getItem(LAUNCH_KEY);
    if (!raw) return null;
    const saved = JSON.parse(raw) as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    const search = new URLSearchParams({
      endpoint: text(saved.endpoint),
      auth: text(saved.auth),
      actor: JSON.stringify(saved.actor ?? null),
      registration: text(saved.registration),
    });
    return parseLaunch(search.toString());
  } catch {
    return null;
  }
}

/**
 * At start-up: keeps a launch found in the address for this tab, and removes
 * the launch fields from the address (the auth token must not sit in the
 * address bar, the history or a bookmark). Returns whether one was found.
 */
export function captureLaunch(win: Pick<Window, 'location' | 'history' | 'sessionStorage'> = globalThis): boolean {
  const launch = parseLaunch(win.location.search);
  const params = new URLSearchParams(win.location.search);
  if (!LAUNCH_FIELDS.some((field) => params.has(field))) return false;
  for (const field of LAUNCH_FIELDS) params.delete(field);
  const rest = params.toString();
  try {
    win.history.replaceState(win.history.state, '', `${win.location.pathname}${rest ? `?${rest}` : ''}${win.location.hash}`);
  } catch {
    // Some embedded browsers refuse replaceState; the launch still works.
  }
  if (!launch) return false;
  try {
    win.sessionStorage.setItem(LAUNCH_KEY, JSON.stringify(launch));
  } catch {
    return false;
  }
  return true;
}

/** Forgets this tab's launch ("Erase everything on this device", or Settings). */
export function forgetLaunch(storage: Pick<Storage, 'removeItem'> | undefined = globalThis.sessionStorage): void {
  try {
    storage?.removeItem(LAUNCH_KEY);
  } catch {
    // Nothing kept, then.
  }
}
