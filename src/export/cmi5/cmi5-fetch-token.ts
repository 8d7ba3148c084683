import { LrsError } from '../xapi/lrs-error';
import { lrsFetch, type FetchLike } from '../xapi/lrs-http';
import type { LrsLimits } from '../xapi/lrs-limits';

/** Why the AU could not start its session, in words for the trainee. */
export class Cmi5LaunchError extends Error {
  override readonly name = 'Cmi5LaunchError';
}

/**
 * POSTs once to the launch's fetch URL (cmi5 §8.2) and returns the auth token.
 * An error answer (HTTP 200 with "error-code") is explained: code 1 means
 * the token was already handed out or the session expired.
 */
export async function fetchAuthToken(fetchUrl: string, limits: LrsLimits, fetchImpl?: FetchLike): Promise<string> {
  let text: string;
  try {
    const answer = await lrsFetch({ url: fetchUrl, method: 'POST', headers: { Accept: 'application/json' } }, limits, fetchImpl);
    if (answer.status !== 200) throw new Cmi5LaunchError(`Your course did not hand out access for this session (HTTP ${answer.status}).`);
    text = answer.text;
  } catch (error) {
    if (error instanceof LrsError) throw new Cmi5LaunchError('Your course could not be reached to start this session.');
    throw error;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Cmi5LaunchError('Your course answered the session start with something that is not JSON.');
  }
  const record = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const token = record['auth-token'];
  if (typeof token === 'string' && token.trim() !== '') return token.trim();
  const errorCode = record['error-code'];
  if (errorCode === 1 || errorCode === '1') {
    throw new Cmi5LaunchError('This launch has already been used or has expired. Go back to your course and open the activity again.');
  }
  throw new Cmi5LaunchError('Your course refused to start this session. Go back to your course and open the activity again.');
}
