import { toAccess, type LrsAccess, type LrsTarget } from './lrs-access';
import { LrsError } from './lrs-error';
import { lrsFetch, type FetchLike, type LrsAnswer } from './lrs-http';
import { lrsLimits, type LrsLimits } from './lrs-limits';
import type { Statement } from './xapi-types';

export type { LrsConfig } from './lrs-access';

export interface LrsCallOptions {
  fetchImpl?: FetchLike;
  /** Read when each call starts, so a changed override applies at once. */
  limits?: () => LrsLimits;
}

export const XAPI_VERSION = '1.0.3';

export function lrsHeaders(access: LrsAccess, json: boolean): Record<string, string> {
  return {
    Authorization: access.authorization,
    'X-Experience-API-Version': XAPI_VERSION,
    Accept: 'application/json',
    ...(json ? { 'Content-Type': 'application/json' } : {}),
  };
}

/** Throws the LrsError for any non-2xx answer (the body, cut short, as its message). */
export function requireSuccess(answer: LrsAnswer): LrsAnswer {
  if (answer.status < 200 || answer.status >= 300) throw new LrsError(answer.status, answer.text.slice(0, 300));
  return answer;
}

/**
 * A 2xx to POST /statements is delivery only when its body is the JSON list
 * of exactly the ids sent (xAPI-Communication §2.1.2). Anything else (an
 * empty 200 from a proxy, an HTML login page, other ids) proves nothing.
 */
export function confirmStored(answer: LrsAnswer, sentIds: string[]): void {
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    throw new LrsError(answer.status, 'not JSON', 'bad-answer');
  }
  if (!Array.isArray(body) || body.some((id) => typeof id !== 'string'))
    throw new LrsError(answer.status, 'not a list of statement ids', 'bad-answer');
  const got = [...(body as string[])].sort();
  const sent = [...sentIds].sort();
  if (got.length !== sent.length || got.some((id, i) => id.toLowerCase() !== sent[i]!.toLowerCase())) {
    throw new LrsError(answer.status, `ids for ${got.length} of ${sent.length} statements`, 'bad-answer');
  }
}

export interface LrsClient {
  /** Resolves once the LRS has confirmed every statement by id; rejects with LrsError. */
  send: (statements: Statement[]) => Promise<void>;
}

/** Sends statements: the trainee's side, which needs no read access. */
export function createLrsClient(target: LrsTarget, options: LrsCallOptions = {}): LrsClient {
  const access = toAccess(target);
  const limits = options.limits ?? lrsLimits;
  return {
    async send(statements) {
      const ids = statements.map((statement) => statement.id);
      if (ids.some((id) => !id)) throw new Error('Only statements with an id are sent, so a re-send is idempotent');
      const answer = await lrsFetch(
        { url: `${access.endpoint}statements`, method: 'POST', headers: lrsHeaders(access, true), body: JSON.stringify(statements) },
        limits(),
        options.fetchImpl,
      );
      confirmStored(requireSuccess(answer), ids as string[]);
    },
  };
}
