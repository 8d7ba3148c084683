import { describeLrsError, LrsError } from './lrs-error';
import XAPI, { type GetStatementsParamsWithoutAttachments, type Statement, type StatementsResponse } from '@xapi/xapi';

/** The client's adapter function type (not exported by name from the package root). */
type AdapterFunction = Extract<NonNullable<ConstructorParameters<typeof XAPI>[0]['adapter']>, (...args: never[]) => unknown>;

/** Where to send statements; from Settings.lrs. Never logged, never exported. */
export interface LrsConfig {
  endpoint: string;
  key: string;
  secret: string;
  homePage: string;
}

/**
 * @xapi/xapi's own 'fetch' adapter throws a plain Error holding only the
 * response body, which loses the status the outbox needs (409 means "already
 * stored", 400 "never going to be accepted", 5xx "try later"). This adapter is
 * the same fetch call, keeping the status.
 */
export function statusAwareAdapter(fetchImpl: typeof fetch = (...args) => fetch(...args)): AdapterFunction {
  return async <T>({ url, method, data, headers }: { url: string; method: string; data?: unknown; headers?: Record<string, string> }) => {
    const isJson = headers?.['Content-Type'] === 'application/json';
    let response: Response;
    try {
      response = await fetchImpl(url, { method, headers, body: isJson && data !== undefined ? JSON.stringify(data) : (data as BodyInit | undefined) });
    } catch {
      throw new LrsError(0, 'The Learning Record Store could not be reached.');
    }
    const text = await response.text();
    if (!response.ok) throw new LrsError(response.status, text.slice(0, 300));
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON (e.g. an empty 204): keep the text.
    }
    return { data: body as T, headers: Object.fromEntries(response.headers.entries()), status: response.status };
  };
}

export interface LrsClient {
  /** Resolves once the LRS has stored every statement; rejects with LrsError. */
  send(statements: Statement[]): Promise<void>;
  query(params: GetStatementsParamsWithoutAttachments): Promise<StatementsResponse>;
  /** The next page of a query (the response's `more` link). */
  more(more: string): Promise<StatementsResponse>;
}

export function createLrsClient(config: LrsConfig, fetchImpl?: typeof fetch): LrsClient {
  const xapi = new XAPI({
    endpoint: config.endpoint,
    auth: XAPI.toBasicAuth(config.key, config.secret),
    adapter: statusAwareAdapter(fetchImpl),
  });
  return {
    async send(statements) {
      await xapi.sendStatements({ statements });
    },
    async query(params) {
      return (await xapi.getStatements(params)).data as StatementsResponse;
    },
    async more(more) {
      return (await xapi.getMoreStatements({ more })).data as StatementsResponse;
    },
  };
}

export type ConnectionCheck =
  | { ok: true; message: string }
  | { ok: false; message: string };

/**
 * "Test connection": one small read. Says in words what went wrong, without
 * ever repeating the endpoint's credentials.
 */
export async function testConnection(config: LrsConfig, fetchImpl?: typeof fetch): Promise<ConnectionCheck> {
  try {
    await createLrsClient(config, fetchImpl).query({ limit: 1 });
    return { ok: true, message: 'Connected: the Learning Record Store accepted these credentials.' };
  } catch (error) {
    return { ok: false, message: describeLrsError(error) };
  }
}
