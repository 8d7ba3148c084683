import type { CompiledScenario } from '../scenarios/engine';
import { registerXapiObserver } from './register-xapi-observer';

/** How long a slow or broken LMS may hold up the first screen. */
const LMS_WAIT_MS = 8000;

/** A cmi5 launch's address: its endpoint and actor are not a Tin Can launch's. */
const isCmi5Address = (search: string): boolean => /[?&]fetch=/.test(search) && /[?&]endpoint=/.test(search);

/**
 * Connects attempts to the outside world before the app renders: a Tin Can
 * launch's LRS access, if the address carries one; the xAPI observer always
 * (it loads nothing until `lrsConfigured` says there is LRS access); and in the
 * LMS package build the LMS connection: a cmi5 launch when the address is
 * one, else the SCORM runtime, which may first restore a suspended attempt.
 * The normal build resolves at once and contains no LMS code (the branch is
 * removed at build time).
 */
export function startLms(loadScenario: (id: string) => Promise<CompiledScenario>, lrsConfigured?: () => Promise<boolean>): Promise<void> {
  const search = globalThis.location?.search ?? '';
  // A launch's token leaves the address at once; its parser loads only when there is one.
  if (/[?&](endpoint|auth)=/.test(search) && !isCmi5Address(search)) {
    void import('../../export/xapi/launch-params').then((module) => module.captureLaunch());
  }
  registerXapiObserver(loadScenario, lrsConfigured);
  if (import.meta.env.VITE_LMS_PACKAGE !== '1') return Promise.resolve();
  const lms = isCmi5Address(search)
    ? import('./start-cmi5').then((module) => module.startCmi5(loadScenario))
    : import('./start-scorm').then((module) => module.startScorm(loadScenario));
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, LMS_WAIT_MS));
  return Promise.race([lms, timeout]).catch(() => undefined);
}
