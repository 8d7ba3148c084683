import { toAccess, type LrsTarget } from './lrs-access';
import type { LrsCallOptions } from './lrs-client';
import { describeLrsError, LrsError } from './lrs-error';
import { createLrsReader } from './lrs-reader';

export type ConnectionCheck = { ok: true; message: string } | { ok: false; message: string };

/**
 * "Test connection": one small read, within the usual time limit. A
 * learner's write-only credential is expected to be refused the read (403),
 * which still proves the LRS knows it. Says in words what went wrong, without
 * ever repeating the endpoint's credentials.
 */
export async function testConnection(target: LrsTarget, options?: LrsCallOptions): Promise<ConnectionCheck> {
  const access = toAccess(target);
  try {
    await createLrsReader(access, options).query({ limit: 1 });
  } catch (error) {
    if (error instanceof LrsError && error.kind === 'http' && error.status === 403 && access.kind !== 'dashboard-read') {
      return {
        ok: true,
        message:
          'Connected: the Learning Record Store accepts these credentials for sending, and (rightly, for a learner) not for reading.',
      };
    }
    return { ok: false, message: describeLrsError(error) };
  }
  if (access.kind === 'dashboard-read') return { ok: true, message: 'Connected: these credentials can read statements for the dashboard.' };
  return {
    ok: true,
    message:
      'Connected: the Learning Record Store accepted these credentials. They can also read statements: on a trainee’s device, ask your program for write-only credentials.',
  };
}
