import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/shell.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { catalog, loadScenario } from 'virtual:scenario-catalog';
import { createLrsGate } from './export/xapi/lrs-gate';
import { App } from './ui/app/app';
import type { StorePort } from './ui/data/store-port';
import { loadStore } from './ui/data/load-store';
import { startLms } from './ui/lms/start-lms';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// One connection to the trainee's records for the whole page: the app and
// the xAPI start-up check share it (the storage chunk loads after first paint).
let store: Promise<StorePort> | null = null;
const appStore = () => (store ??= loadStore());

// Attempt observers (xAPI, and SCORM in the package build) are registered before
// the first render; only the SCORM build actually waits here, for its LMS. The
// xAPI service itself loads only once settings hold an LRS.
void startLms(
  loadScenario,
  createLrsGate(async () => (await appStore()).settings.get()),
).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App loadStore={appStore} scenarios={{ catalog, loadScenario }} />
    </StrictMode>,
  );
});
