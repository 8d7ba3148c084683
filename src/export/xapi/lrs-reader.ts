import { toAccess, type LrsTarget } from './lrs-access';
import { lrsHeaders, requireSuccess, type LrsCallOptions } from './lrs-client';
import { lrsFetch } from './lrs-http';
import { lrsLimits } from './lrs-limits';
import { resolveMoreLink } from './lrs-more-link';
import { parseStatementPage } from './statement-page-schema';
import type { StatementPage, StatementQuery } from './xapi-types';

export interface LrsReader {
  query: (params: StatementQuery) => Promise<StatementPage>;
  /** The next page of a query (the answer's `more` link), only on the LRS's own origin. */
  more: (more: string) => Promise<StatementPage>;
}

function queryString(params: StatementQuery): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Reads statements back: the dashboard's side, which needs a read credential. */
export function createLrsReader(target: LrsTarget, options: LrsCallOptions = {}): LrsReader {
  const access = toAccess(target);
  const limits = options.limits ?? lrsLimits;
  const get = async (url: string): Promise<StatementPage> => {
    const answer = await lrsFetch({ url, method: 'GET', headers: lrsHeaders(access, false) }, limits(), options.fetchImpl);
    return parseStatementPage(requireSuccess(answer).text);
  };
  return {
    query: (params) => get(`${access.endpoint}statements${queryString(params)}`),
    more: (more) => get(resolveMoreLink(access.endpoint, more)),
  };
}
