import type { ScormLaunch } from '../../export/scorm/scorm-launch';
import { launchScorm, transcriptOfSnapshot } from '../../export/scorm/scorm-launch';
import { parseRoute } from '../app/parse-route';
import { registerAttemptObserver } from '../play/attempt-observers';
import type { CompiledScenario } from '../scenarios/engine';
import { LAUNCH_FAILED_MESSAGE, showLmsNotice, STANDALONE_MESSAGE } from './lms-notice';

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
  // Events are handled in order: a decision never reaches the LMS before its attempt's start.
  let queue: Promise<void> = Promise.resolve();
  const inOrder = (work: () => unknown): Promise<void> => {
    queue = queue.then(work).then(
      () => undefined,
      () => undefined,
    );
    return queue;
  };
  registerAttemptObserver({
    started: (info) =>
      inOrder(async () => {
        const compiled = await loadScenario(info.scenarioId);
        const saved = info.resumed ? await store.inProgress.get(info.profileId, info.scenarioId) : null;
        reporter.started(compiled, { ...info, transcript: transcriptOfSnapshot(saved?.snapshot) });
      }),
    answered: (entry) => inOrder(() => reporter.answered(entry)),
    completed: (record) => inOrder(() => reporter.completed(record)),
    abandoned: () => inOrder(() => reporter.abandoned()),
    suspended: () => inOrder(() => reporter.suspended()),
  });
  // pagehide fires on close, reload and navigation (unload is unreliable, and blocks the back/forward cache).
  window.addEventListener('pagehide', () => reporter.finish());
}
