import type { LrsAccess } from '../xapi/lrs-access';
import { lrsHeaders, requireSuccess } from '../xapi/lrs-client';
import { lrsFetch, type FetchLike } from '../xapi/lrs-http';
import type { LrsLimits } from '../xapi/lrs-limits';
import type { Cmi5LaunchParams } from './cmi5-launch-params';

/** One State API document of this learner, AU and registration (xAPI-Communication §2.3). */
function stateUrl(launch: Cmi5LaunchParams, stateId: string): string {
  const query = new URLSearchParams({
    stateId,
    activityId: launch.activityId,
    agent: JSON.stringify(launch.actor),
    registration: launch.registration,
  });
  return `${launch.endpoint}activities/state?${query}`;
}

export interface StateApi {
  /** The document's text, or null when there is none (404). */
  get: (stateId: string) => Promise<string | null>;
  put: (stateId: string, document: unknown) => Promise<void>;
}

export function stateApi(launch: Cmi5LaunchParams, access: LrsAccess, limits: () => LrsLimits, fetchImpl?: FetchLike): StateApi {
  return {
    async get(stateId) {
      const answer = await lrsFetch(
        { url: stateUrl(launch, stateId), method: 'GET', headers: lrsHeaders(access, false) },
        limits(),
        fetchImpl,
      );
      if (answer.status === 404) return null;
      return requireSuccess(answer).text;
    },
    async put(stateId, document) {
      const answer = await lrsFetch(
        { url: stateUrl(launch, stateId), method: 'PUT', headers: lrsHeaders(access, true), body: JSON.stringify(document) },
        limits(),
        fetchImpl,
      );
      requireSuccess(answer);
    },
  };
}
