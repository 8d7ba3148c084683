/**
 * What this tab remembers about its cmi5 session, so a reload neither posts
 * to the one-time fetch URL again (the LMS answers a second call with an
 * error) nor sends a second `initialized`. Kept in sessionStorage only: the
 * token is good for this session and must not outlive the tab.
 */
export interface SessionMemory {
  registration: string;
  /** The launch's fetch URL: a new launch has a new one, so old memory is not reused for it. */
  fetch: string;
  token: string;
  initialized: boolean;
  terminated: boolean;
}

export const SESSION_MEMORY_KEY = 'common-ground.cmi5-session';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The memory for this launch, or null (none, another launch's, or unreadable). */
export function recallSession(storage: Store | undefined, registration: string, fetch: string): SessionMemory | null {
  try {
    const saved = JSON.parse(storage?.getItem(SESSION_MEMORY_KEY) ?? 'null') as Partial<SessionMemory> | null;
    if (!saved || saved.registration !== registration || saved.fetch !== fetch || typeof saved.token !== 'string' || !saved.token)
      return null;
    return { registration, fetch, token: saved.token, initialized: saved.initialized === true, terminated: saved.terminated === true };
  } catch {
    return null;
  }
}

export function rememberSession(storage: Store | undefined, memory: SessionMemory): void {
  try {
    storage?.setItem(SESSION_MEMORY_KEY, JSON.stringify(memory));
  } catch {
    // Storage blocked: a reload will ask the LMS again, which may refuse; the session itself goes on.
  }
}
