import { startCmi5Session } from '../../export/cmi5/cmi5-launch';
import { LmsReporting } from '../../export/lms-reporting/lms-reporting';
import type { CompiledScenario } from '../scenarios/engine';
import { applyLearnerPreferences } from './apply-learner-preferences';
import { showCourseBar } from './course-bar';
import { setCourseReview } from './course-review';
import { showLmsNotice } from './lms-notice';
import { observeForLms } from './observe-for-lms';

/** How long "Return to course" waits for the last statements before leaving anyway. */
const EXIT_WAIT_MS = 10_000;
/** How long it waits for an open attempt to be scored (the ending panel shows while it is). */
const ENDING_WAIT_MS = 3000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * cmi5 launches of the package build (loaded lazily): runs the launch
 * sequence, opens the scenario the AU's address names, reports attempts as
 * statements, and on "Return to course" ends the session (`terminated`) and
 * follows the LMS's returnURL. The learner's sound preference is applied
 * before the app renders; a Review launch shows what the course recorded
 * instead of opening a new attempt.
 */
export async function startCmi5(loadScenario: (id: string) => Promise<CompiledScenario>): Promise<void> {
  const scenarioId = new URLSearchParams(window.location.search).get('scenario');
  if (scenarioId && (window.location.hash === '' || window.location.hash === '#/'))
    window.location.hash = `#/play/${encodeURIComponent(scenarioId)}`;

  // The tab's sessionStorage keeps the session under SESSION_MEMORY_KEY, so a reload does not fetch a second token.
  const start = await startCmi5Session({ search: window.location.search, storage: window.sessionStorage, onProblem: showLmsNotice });
  if (!start.ok) {
    showLmsNotice(start.message);
    return;
  }
  const { host, data, verdicts } = start;
  const { openStore } = await import('../../storage');
  const store = await openStore();
  const note = await applyLearnerPreferences(start.preferences, store.settings);
  if (data.launchMode === 'Review') setCourseReview({ scenarioId, reported: verdicts.reported ?? null, completed: verdicts.completed });
  const reporting = new LmsReporting(host, Date.now());
  const observation = observeForLms(reporting, store, loadScenario);

  // No `terminated` on pagehide: a reload fires it too, and a reload carries on this
  // session (the token is kept for it). A window closed without "Return to course"
  // leaves the session for the LMS to record as abandoned (cmi5 §9.3.6).
  showCourseBar({
    mode: data.launchMode,
    note,
    exit: async () => {
      // The ending the trainee just reached may still be being scored, then on its way to the reporter.
      await Promise.race([reporting.attemptSettled(), delay(ENDING_WAIT_MS)]);
      await observation.afterEvents(() => reporting.finish());
      await Promise.race([host.settled(), delay(EXIT_WAIT_MS)]);
      return data.returnUrl;
    },
    go: (url) => window.location.assign(url),
  });
}
