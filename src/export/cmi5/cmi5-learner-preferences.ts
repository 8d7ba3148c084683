import { z } from 'zod';
import type { LrsAccess } from '../xapi/lrs-access';
import { lrsHeaders, requireSuccess } from '../xapi/lrs-client';
import { lrsFetch, type FetchLike } from '../xapi/lrs-http';
import type { LrsLimits } from '../xapi/lrs-limits';
import type { Cmi5LaunchParams } from './cmi5-launch-params';

/** The Agent Profile the LMS keeps the learner's preferences in (cmi5 §11). */
export const LEARNER_PREFERENCES_PROFILE_ID = 'cmi5LearnerPreferences';

export interface LearnerPreferences {
  /** RFC 5646 language codes, most wanted first; [] when the learner set none. */
  languages: string[];
  /** Whether the learner wants sound; null when they did not say. */
  audio: 'on' | 'off' | null;
}

export const NO_PREFERENCES: LearnerPreferences = { languages: [], audio: null };

const schema = z.looseObject({
  languagePreference: z.string().optional(),
  audioPreference: z.enum(['on', 'off']).optional(),
});

/**
 * The profile document, read at the boundary. Preferences only adjust the
 * launch, so a document that cannot be read counts as none rather than
 * stopping the learner.
 */
export function parseLearnerPreferences(text: string | null): LearnerPreferences {
  if (text === null) return NO_PREFERENCES;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return NO_PREFERENCES;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return NO_PREFERENCES;
  const languages = (parsed.data.languagePreference ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
  return { languages, audio: parsed.data.audioPreference ?? null };
}

/** Reads the learner's preferences with the session's token; none when the LMS keeps none (404). */
export async function fetchLearnerPreferences(
  launch: Cmi5LaunchParams,
  access: LrsAccess,
  limits: LrsLimits,
  fetchImpl?: FetchLike,
): Promise<LearnerPreferences> {
  const query = new URLSearchParams({ agent: JSON.stringify(launch.actor), profileId: LEARNER_PREFERENCES_PROFILE_ID });
  const answer = await lrsFetch(
    { url: `${launch.endpoint}agents/profile?${query}`, method: 'GET', headers: lrsHeaders(access, false) },
    limits,
    fetchImpl,
  );
  if (answer.status === 404) return NO_PREFERENCES;
  return parseLearnerPreferences(requireSuccess(answer).text);
}
