import type { LrsReader } from './lrs-reader';
import type { Statement } from './xapi-types';

export interface CohortQuery {
  /** Scenario activity id (scenarioActivityId); decisions match through their parent. */
  activityId: string;
  /** ISO 8601 bounds on when the LRS stored the statements (since exclusive, until inclusive). */
  since?: string;
  until?: string;
  registration?: string;
  /** Page size asked of the LRS (it may return fewer). */
  pageSize?: number;
  /** Safety stop for a runaway `more` chain. */
  maxPages?: number;
}

/**
 * Every statement about a scenario in a time window, following the LRS's
 * `more` links (each checked by the reader to stay on the LRS's origin).
 */
export async function fetchCohortStatements(client: LrsReader, query: CohortQuery): Promise<Statement[]> {
  const maxPages = query.maxPages ?? 200;
  let page = await client.query({
    activity: query.activityId,
    related_activities: true,
    ascending: true,
    limit: query.pageSize ?? 100,
    ...(query.since ? { since: query.since } : {}),
    ...(query.until ? { until: query.until } : {}),
    ...(query.registration ? { registration: query.registration } : {}),
  });
  const statements = [...page.statements];
  for (let pages = 1; page.more && pages < maxPages; pages++) {
    page = await client.more(page.more);
    statements.push(...page.statements);
  }
  return statements;
}
