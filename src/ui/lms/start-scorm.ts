import type { ScormLaunch } from '../../export/scorm/scorm-launch';
import { launchScorm } from '../../export/scorm/scorm-launch';
import { parseRoute } from '../app/parse-route';
import type { CompiledScenario } from '../scenarios/engine';
import { LAUNCH_FAILED_MESSAGE, showLmsNotice, STANDALONE_MESSAGE } from './lms-notice';
import { observeForLms } from './observe-for-lms';

/**
 * SCORM builds only (loaded lazily): finds the LMS, restores a suspended
 * attempt before the app renders, reports attempts to the LMS, and finishes
 * the LMS session when the page goes away.
 */
export async function startScorm(loadScenario: (id: string) => Promise<CompiledScenario>): Promise<void> {
  const { openStore } = await import('../../storage');
  const store = await openStore();
  const route = parseRoute(window.location.hash);
  let launch: ScormLaunch;
  try {
    launch = await launchScorm({ window, store, loadScenario, launchScenarioId: route.name === 'play' ? route.scenarioId : null });
  } catch {
    // A broken LMS answer must not leave the trainee with a silent failure: say what it means for them.
    store.close();
    showLmsNotice(LAUNCH_FAILED_MESSAGE);
    return;
  }
  if (!launch.connected) {
    store.close();
    showLmsNotice(STANDALONE_MESSAGE);
    return;
  }
  if (launch.notice) showLmsNotice(launch.notice);
  if (launch.resumeScenarioId) window.location.hash = `#/play/${encodeURIComponent(launch.resumeScenarioId)}`;

  const { reporter } = launch;
  observeForLms(reporter, store, loadScenario);
  // pagehide fires on close, reload and navigation (unload is unreliable, and blocks the back/forward cache).
  window.addEventListener('pagehide', () => reporter.finish());
}
