import { inOwnTask } from '../common/in-own-task';
import type { StorePort } from '../data/store-port';
import { likelyFirstVisit } from '../library/practice-hint';
import { loadNameForm } from '../profile/first-start-dialog';
import type { CompiledScenario } from '../scenarios/engine';
import type { Route } from './parse-route';
import { loadDebriefPage, loadHistoryPage, loadPlayPage } from './route-chunks';

interface Loaders {
  loadStore: () => Promise<StorePort>;
  loadScenario: (id: string) => Promise<CompiledScenario>;
  /** The play screen's copy (ScenarioSource.loadForPlay), if there is one. */
  loadForPlay?: (id: string) => Promise<CompiledScenario>;
}

const ignore = () => undefined;

/**
 * Runs each step in a task of its own. Every chunk requested adds a
 * `<link rel=modulepreload>` per file it needs, and on a cold cache each
 * costs the main thread over a millisecond; together in one task they would
 * block a slow phone for longer than the 50 ms a task should take.
 */
function eachInOwnTask(steps: (() => void)[]): void {
  for (const step of steps) inOwnTask(step);
}

/**
 * Starts every download the first screen will need at once, before React
 * renders: the screen's code (play, debrief, history), storage (except for the library), and for play
 * or a debrief the scenario. Requested in turn (code, then storage, then the saved attempt,
 * then its scenario) each would wait for the one before, and a debrief opened
 * from a bookmark would paint about a second later on a slow phone. Failures
 * are left to the screens themselves, which ask again and say what went wrong.
 */
export function prefetchRoute(route: Route, { loadStore, loadScenario, loadForPlay = loadScenario }: Loaders): void {
  const fetchStore = () => loadStore().catch(ignore);
  // A first visit asks for a name as soon as storage has opened: its form's code comes beside storage, not after
  // it. A first visit opens the library or a scenario's link; a debrief or the history has visited before.
  const firstVisit = (route.name === 'library' || route.name === 'play') && likelyFirstVisit();
  if (firstVisit) inOwnTask(() => void loadNameForm().catch(ignore));
  if (route.name === 'play') {
    eachInOwnTask([fetchStore, () => loadPlayPage().catch(ignore), () => loadForPlay(route.scenarioId).catch(ignore)]);
  } else if (route.name === 'debrief') {
    // Links the app makes name the scenario; an older link has to read the attempt first.
    const { scenarioId } = route;
    const fetchScenario = scenarioId
      ? () => loadScenario(scenarioId).catch(ignore)
      : () =>
          loadStore()
            .then(async (opened) => (await opened.attempts.get(route.attemptId))?.scenarioId)
            .then((id) => (id ? loadScenario(id) : null))
            .catch(ignore);
    eachInOwnTask([fetchStore, () => loadDebriefPage().catch(ignore), fetchScenario]);
  } else if (route.name === 'history') {
    // Its code beside storage: fetched only when the screen renders, it would wait for storage to open first.
    eachInOwnTask([fetchStore, () => loadHistoryPage().catch(ignore)]);
  } else if (route.name !== 'library') {
    // Not for the library: its first screen needs no records (a hint from the last visit lays it out), and
    // storage's code and opening, ahead of it, would hold that screen back on a slow phone. The app opens
    // storage once the screen has drawn (on a first visit, the question then follows the welcome).
    eachInOwnTask([fetchStore]);
  }
}
