import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/shell.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { catalog, loadForPlay, loadScenario } from 'virtual:scenario-catalog';
import { prepareCountryNames } from './engine/trainee';
import { createLrsGate } from './export/xapi/lrs-gate';
import { App } from './ui/app/app';
import { parseRoute } from './ui/app/parse-route';
import { prefetchRoute } from './ui/app/prefetch-route';
import { afterFirstScreen } from './ui/common/after-first-screen';
import { inOwnTask } from './ui/common/in-own-task';
import type { StorePort } from './ui/data/store-port';
import { loadStore } from './ui/data/load-store';
import { startLms } from './ui/lms/start-lms';
// The volume slider is shared by the play toolbar and the settings page, two
// lazy chunks. Reached from the entry it rides in the first-load bundle (about
// 60 bytes gzip); otherwise the bundler gives it a chunk of its own, which costs
// the play route some 200 bytes and takes it over its 130 KB budget.
export { VolumeSlider } from './ui/audio/volume-slider';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// One connection to the trainee's records for the whole page: the app and
// the xAPI start-up check share it.
let store: Promise<StorePort> | null = null;
const appStore = () => (store ??= loadStore());

const firstRoute = parseRoute(location.hash);
// The library draws from the catalog alone (a hint from the last visit lays it out): storage's code and
// records follow once it is on screen, instead of sharing the network and main thread with its first paint.
const storeAfterFirstScreen = () => new Promise<void>((resolve) => afterFirstScreen(resolve)).then(appStore);
prefetchRoute(firstRoute, { loadStore: appStore, loadScenario, loadForPlay });
// The library's cards and the play screen's patient panel name the country; its lookup is slow to make
// (about 70 ms on a slow phone). Made before those screens draw; on any other, once its first screen is up.
if (firstRoute.name === 'library' || firstRoute.name === 'play') inOwnTask(prepareCountryNames);
else afterFirstScreen(prepareCountryNames);

// Attempt observers (xAPI, and SCORM in the package build) are registered before
// the first render; only the SCORM build actually waits here, for its LMS. The
// xAPI service itself loads only once settings hold an LRS.
void startLms(
  loadScenario,
  createLrsGate(async () => (await appStore()).settings.get()),
).then(() =>
  // Not in the task that evaluated this bundle (React DOM is most of it), already the page's longest.
  inOwnTask(() => {
    const reactRoot = createRoot(root);
    // As a transition, React renders the first screen in slices, yielding to
    // the browser between them, instead of in one long task; the app shell in
    // index.html is on screen meanwhile.
    startTransition(() =>
      reactRoot.render(
        <StrictMode>
          <App
            loadStore={firstRoute.name === 'library' ? storeAfterFirstScreen : appStore}
            scenarios={{ catalog, loadScenario, loadForPlay }}
          />
        </StrictMode>,
      ),
    );
  }),
);

// motion's animate, for the charts that draw themselves in, once the first screen is up.
afterFirstScreen(
  () =>
    void import('./ui/motion/lazy-animate').then(
      (module) => module.preloadAnimate(),
      () => {},
    ),
);

// The offline service worker, registered once the first screen is up so it never
// competes with it (its precache downloads the whole app). Not in the dev server
// (it would serve stale modules) nor in the SCORM package (an LMS's frame is not
// ours to control).
if (import.meta.env.PROD && import.meta.env.VITE_LMS_PACKAGE !== '1') {
  afterFirstScreen(
    () =>
      void import('./ui/offline/register-service-worker').then(
        (module) => module.registerServiceWorker(),
        () => {}, // Offline before this chunk was stored: offline use starts on the next online visit.
      ),
  );
}
