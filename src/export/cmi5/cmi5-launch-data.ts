import { z } from 'zod';
import type { Context } from '../xapi/xapi-types';
import { Cmi5LaunchError } from './cmi5-fetch-token';
import { SESSION_ID_EXTENSION, type LaunchMode, type MoveOn } from './cmi5-iris';

/** The LMS.LaunchData State document (cmi5 §10), as the AU uses it. */
export interface LaunchData {
  contextTemplate: Context;
  /** From the template's extensions: this launch's session. */
  sessionId: string;
  launchMode: LaunchMode;
  moveOn: MoveOn;
  /** Scaled 0–1, when the LMS sets one. */
  masteryScore: number | null;
  /** Where to send the learner on exit; only an http(s) address is followed. */
  returnUrl: string | null;
  launchParameters: string | null;
}

const schema = z.looseObject({
  contextTemplate: z.looseObject({
    extensions: z.looseObject({ [SESSION_ID_EXTENSION]: z.string().min(1) }),
    contextActivities: z.looseObject({}).optional(),
  }),
  launchMode: z.enum(['Normal', 'Browse', 'Review']),
  moveOn: z.enum(['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable']),
  masteryScore: z.number().min(0).max(1).optional(),
  returnURL: z.string().optional(),
  launchParameters: z.string().optional(),
});

function httpUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Parses the document the LMS wrote; anything unusable is a launch error, said plainly. */
export function parseLaunchData(text: string | null): LaunchData {
  if (text === null)
    throw new Cmi5LaunchError(
      'Your course did not leave the launch details this activity needs. Go back to your course and open it again.',
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Cmi5LaunchError('The launch details from your course are not readable.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'document';
    throw new Cmi5LaunchError(`The launch details from your course are incomplete (${where}).`);
  }
  const data = parsed.data;
  return {
    contextTemplate: data.contextTemplate,
    sessionId: data.contextTemplate.extensions[SESSION_ID_EXTENSION],
    launchMode: data.launchMode,
    moveOn: data.moveOn,
    masteryScore: data.masteryScore ?? null,
    returnUrl: httpUrl(data.returnURL),
    launchParameters: data.launchParameters ?? null,
  };
}
