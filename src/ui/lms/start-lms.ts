import type { CompiledScenario } from '../scenarios/engine';
import { registerXapiObserver } from './register-xapi-observer';

/** How long a slow or broken LMS may hold up the first screen. */
const LMS_WAIT_MS = 8000;

/**
 * Connects attempts to the outside world before the app renders: a Tin Can
 * launch's LRS access, if the address carries one; the xAPI observer always
 * (it loads nothing until `lrsConfigured` says there is LRS access); and in the
 * SCORM package build the LMS connection, which may first restore a
 * suspended attempt. The normal build resolves at once and contains no SCORM
 * code (the branch is removed at build time).
 */
export function startLms(
  loadScenario: (id: string) => Promise<CompiledScenario>,
  lrsConfigured?: () => Promise<boolean>,
): Promise<void> {
  // A launch's token leaves the address at once; its parser loads only when there is one.
  if (/[?&](endpoint|auth)=/.test(globalThis.location?.search ?? '')) {
    void import('../../export/xapi/launch-params').then((module) => module.captureLaunch());
  }
  registerXapiObserver(loadScenario, lrsConfigured);
  if (import.meta.env.VITE_SCORM_PACKAGE !== '1') return Promise.resolve();
  const scorm = import('./start-scorm').then((module) => module.startScorm(loadScenario));
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, LMS_WAIT_MS));
  return Promise.race([scorm, timeout]).catch(() => undefined);
}
