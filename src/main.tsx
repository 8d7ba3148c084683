import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/shell.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { catalog, loadScenario } from 'virtual:scenario-catalog';
import { createLrsGate } from './export/xapi/lrs-gate';
import { App } from './ui/app/app';
import { parseRoute } from './ui/app/parse-route';
import { prefetchRoute } from './ui/app/prefetch-route';
import type { StorePort } from './ui/data/store-port';
import { loadStore } from './ui/data/load-store';
import { startLms } from './ui/lms/start-lms';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// One connection to the trainee's records for the whole page: the app and
// the xAPI start-up check share it.
let store: Promise<StorePort> | null = null;
const appStore = () => (store ??= loadStore());

/**
 * Runs `step` in a task of its own. Evaluating this bundle (React DOM is most
 * of it) is already the page's longest task; React's root set-up, run in it
 * too, would make a slow phone freeze for the sum instead of for each part.
 */
const nextTask = (step: () => void) => setTimeout(step, 0);

prefetchRoute(parseRoute(location.hash), { loadStore: appStore, loadScenario });

// Attempt observers (xAPI, and SCORM in the package build) are registered before
// the first render; only the SCORM build actually waits here, for its LMS. The
// xAPI service itself loads only once settings hold an LRS.
void startLms(
  loadScenario,
  createLrsGate(async () => (await appStore()).settings.get()),
).then(() =>
  nextTask(() => {
    const reactRoot = createRoot(root);
    // As a transition, React renders the first screen in slices, yielding to
    // the browser between them, instead of in one long task; the app shell in
    // index.html is on screen meanwhile.
    startTransition(() =>
      reactRoot.render(
        <StrictMode>
          <App loadStore={appStore} scenarios={{ catalog, loadScenario }} />
        </StrictMode>,
      ),
    );
  }),
);
