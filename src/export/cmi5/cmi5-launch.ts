import type { LrsAccess } from '../xapi/lrs-access';
import { createLrsClient } from '../xapi/lrs-client';
import { LrsError } from '../xapi/lrs-error';
import type { FetchLike } from '../xapi/lrs-http';
import { lrsLimits, type LrsLimits } from '../xapi/lrs-limits';
import { Cmi5LaunchError, fetchAuthToken } from './cmi5-fetch-token';
import { Cmi5Host } from './cmi5-host';
import { LAUNCH_DATA_STATE_ID } from './cmi5-iris';
import { parseLaunchData, type LaunchData } from './cmi5-launch-data';
import { fetchLearnerPreferences, NO_PREFERENCES, type LearnerPreferences } from './cmi5-learner-preferences';
import { parseCmi5Launch, type Cmi5LaunchParams } from './cmi5-launch-params';
import { recallSession, rememberSession } from './cmi5-session-memory';
import { stateApi } from './cmi5-state-api';
import { parseVerdicts, VERDICTS_STATE_ID, type RegistrationVerdicts } from './cmi5-verdicts';

export interface Cmi5LaunchOptions {
  search: string;
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  onProblem: (message: string) => void;
  fetchImpl?: FetchLike;
  limits?: () => LrsLimits;
  now?: () => number;
}

export type Cmi5Start =
  | {
      ok: true;
      host: Cmi5Host;
      data: LaunchData;
      launch: Cmi5LaunchParams;
      /** What earlier sessions of this registration reported (a Review launch shows it). */
      verdicts: RegistrationVerdicts;
      preferences: LearnerPreferences;
    }
  | { ok: false; message: string };

/**
 * The cmi5 launch sequence (§8, §10): read the launch parameters, fetch the
 * auth token once (a reload of this tab reuses it), read LMS.LaunchData,
 * what earlier sessions recorded and the learner's preferences (§11), then
 * send `initialized`. The LMS has already recorded `launched`; the AU never
 * sends it.
 */
export async function startCmi5Session(options: Cmi5LaunchOptions): Promise<Cmi5Start> {
  const parsed = parseCmi5Launch(options.search);
  if (!parsed.ok)
    return {
      ok: false,
      message: `Your course opened this activity without ${parsed.problem}, so results cannot be reported. Go back to your course and open it again.`,
    };
  const { launch } = parsed;
  const limits = options.limits ?? lrsLimits;
  const memory = recallSession(options.storage, launch.registration, launch.fetch);
  if (memory?.terminated)
    return { ok: false, message: 'This course session has ended. Go back to your course and open the activity again to carry on.' };
  try {
    const token = memory?.token ?? (await fetchAuthToken(launch.fetch, limits(), options.fetchImpl));
    const remember = (initialized: boolean, terminated: boolean) =>
      rememberSession(options.storage, { registration: launch.registration, fetch: launch.fetch, token, initialized, terminated });
    remember(memory?.initialized ?? false, false);

    const access: LrsAccess = {
      kind: 'launch',
      endpoint: launch.endpoint,
      authorization: `Basic ${token}`,
      homePage: launch.actor.account.homePage,
      actor: launch.actor,
    };
    const state = stateApi(launch, access, limits, options.fetchImpl);
    const data = parseLaunchData(await state.get(LAUNCH_DATA_STATE_ID));
    const verdicts = parseVerdicts(await state.get(VERDICTS_STATE_ID).catch(() => null));
    // Preferences only adjust the launch: an LMS that cannot answer for them does not stop it.
    const preferences = await fetchLearnerPreferences(launch, access, limits(), options.fetchImpl).catch(() => NO_PREFERENCES);
    const host = new Cmi5Host({
      session: {
        actor: launch.actor,
        activityId: launch.activityId,
        registration: launch.registration,
        sessionId: data.sessionId,
        contextTemplate: data.contextTemplate,
        masteryScore: data.masteryScore,
      },
      launchMode: data.launchMode,
      client: createLrsClient(access, { limits, ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}) }),
      verdicts,
      saveVerdicts: (next) => state.put(VERDICTS_STATE_ID, next),
      onTerminated: () => remember(true, true),
      onProblem: options.onProblem,
      ...(options.now ? { now: options.now } : {}),
    });
    if (!memory?.initialized) {
      host.initialize();
      remember(true, false);
    }
    return { ok: true, host, data, launch, verdicts, preferences };
  } catch (error) {
    if (error instanceof Cmi5LaunchError) return { ok: false, message: error.message };
    if (error instanceof LrsError)
      return {
        ok: false,
        message:
          'Your course’s record store could not be reached, so this session cannot be reported. Check your connection and open the activity again from your course.',
      };
    throw error;
  }
}
