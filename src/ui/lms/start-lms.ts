import { captureLaunch } from '../../export/xapi/launch-params';
import type { CompiledScenario } from '../scenarios/engine';
import { registerXapiObserver } from './register-xapi-observer';

/** How long a slow or broken LMS may hold up the first screen. */
const LMS_WAIT_MS = 8000;

/**
 * Connects attempts to the outside world before the app renders: a Tin Can
 * launch's LRS access, if the address carries one; the xAPI observer always (it loads nothing until `lrsConfigured` says an LRS is set up), and in the
 * SCORM package build the LMS connection, which may first restore a
 * suspended attempt. The normal build resolves at once and contains no SCORM
 * code (the branch is removed at build time).
 */
export function startLms(
  loadScenario: (id: string) => Promise<CompiledScenario>,
  lrsConfigured?: () => Promise<boolean>,
): Promise<void> {
  // Before anything reads the address: a launch's token leaves it at once.
  captureLaunch();
  registerXapiObserver(loadScenario, lrsConfigured);
  if (import.meta.env.VITE_SCORM_PACKAGE !== '1') return Promise.resolve();
  const scorm = import('./start-scorm').then((module) => module.startScorm(loadScenario));
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, LMS_WAIT_MS));
  return Promise.race([scorm, timeout]).catch(() => undefined);
}
