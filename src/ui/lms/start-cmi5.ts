import { startCmi5Session } from '../../export/cmi5/cmi5-launch';
import { LmsReporting } from '../../export/lms-reporting/lms-reporting';
import type { CompiledScenario } from '../scenarios/engine';
import { showCourseBar } from './course-bar';
import { showLmsNotice } from './lms-notice';
import { observeForLms } from './observe-for-lms';

/** How long "Return to course" waits for the last statements before leaving anyway. */
const EXIT_WAIT_MS = 10_000;

/**
 * cmi5 launches of the package build (loaded lazily): runs the launch
 * sequence, opens the scenario the AU's address names, reports attempts as
 * statements, and ends the session (`terminated`) on "Return to course" or
 * when the page goes away, then follows the LMS's returnURL.
 */
export async function startCmi5(loadScenario: (id: string) => Promise<CompiledScenario>): Promise<void> {
  const scenarioId = new URLSearchParams(window.location.search).get('scenario');
  if (scenarioId && (window.location.hash === '' || window.location.hash === '#/')) window.location.hash = `#/play/${encodeURIComponent(scenarioId)}`;

  const start = await startCmi5Session({ search: window.location.search, storage: window.sessionStorage, onProblem: showLmsNotice });
  if (!start.ok) {
    showLmsNotice(start.message);
    return;
  }
  const { host, data } = start;
  const { openStore } = await import('../../storage');
  const store = await openStore();
  const reporting = new LmsReporting(host, Date.now());
  observeForLms(reporting, store, loadScenario);

  window.addEventListener('pagehide', () => {
    host.pageIsGoing();
    reporting.finish();
  });
  showCourseBar({
    mode: data.launchMode,
    exit: async () => {
      reporting.finish();
      await Promise.race([host.settled(), new Promise((resolve) => setTimeout(resolve, EXIT_WAIT_MS))]);
      return data.returnUrl;
    },
    go: (url) => window.location.assign(url),
  });
}
