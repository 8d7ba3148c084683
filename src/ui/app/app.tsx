import { lazy, Suspense, useEffect } from 'react';
import { AudioProvider } from '../audio/audio-context';
import { useAfterFirstScreen } from '../common/after-first-screen';
import type { AudioPort } from '../audio/audio-port';
import { AppDataProvider } from '../data/app-data-provider';
import type { StorePort } from '../data/store-port';
import { MotionRoot } from '../motion/motion-root';
import { FirstStartDialog } from '../profile/first-start-dialog';
import { PinGate } from '../privacy/pin-gate';
import { PackScenarioSource } from '../packs/pack-library';
import { useScenarioSource, type ScenarioSource } from '../scenarios/scenario-source';
import { ErrorBoundary } from './error-boundary';
import { NoticeBar } from './notice-bar';
import { RouteView } from './route-view';
import { SiteHeader } from './site-header';
import { useHashRoute } from './use-hash-route';

// Offline and new-version notices: off the first load (fetched once the first screen is up), and absent (not an
// error) if their chunk cannot load.
const ConnectionStatus = lazy(() => import('../offline/connection-status').catch(() => ({ default: () => null })));

interface Props {
  loadStore: () => Promise<StorePort>;
  scenarios: ScenarioSource;
  /** Tests pass a fake; the app creates the howler-backed port. */
  audio?: AudioPort;
}

export function App({ loadStore, scenarios, audio }: Props) {
  return (
    <ErrorBoundary>
      <AppDataProvider loadStore={loadStore}>
        <PackScenarioSource base={scenarios}>
          <AudioProvider port={audio}>
            <MotionRoot>
              <Shell />
            </MotionRoot>
          </AudioProvider>
        </PackScenarioSource>
      </AppDataProvider>
    </ErrorBoundary>
  );
}

function Shell() {
  const route = useHashRoute();
  const key = route.name === 'play' ? `play:${route.scenarioId}` : route.name;
  usePrefetchScenario(route.name === 'play' ? route.scenarioId : null);
  const notices = useAfterFirstScreen();
  return (
    <>
      <SiteHeader route={route} />
      <main id="main" tabIndex={-1} className={`site-main site-main-${route.name}`}>
        <NoticeBar />
        {notices && (
          <Suspense fallback={null}>
            <ConnectionStatus attemptOpen={route.name === 'play'} />
          </Suspense>
        )}
        {/* Keyed by route, so one crashed screen does not keep the others down. */}
        <ErrorBoundary key={key}>
          <Suspense fallback={<p className="loading">Loading…</p>}>
            <PinGate>
              <RouteView route={route} />
            </PinGate>
          </Suspense>
        </ErrorBoundary>
      </main>
      <FirstStartDialog route={route.name} />
    </>
  );
}

/**
 * Starts fetching a play route's scenario as soon as the route is known, in
 * parallel with the play screen's code and with storage: the play page needs
 * all three, and requested in turn they would delay the first patient line.
 * (Here, outside the Suspense boundary, because a suspended route commits nothing.)
 */
function usePrefetchScenario(scenarioId: string | null) {
  const { loadScenario, loadForPlay = loadScenario } = useScenarioSource();
  useEffect(() => {
    if (scenarioId === null) return;
    loadForPlay(scenarioId).catch(() => {
      // The play page asks again and reports the failure.
    });
  }, [loadForPlay, scenarioId]);
}
