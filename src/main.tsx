import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/shell.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { catalog, loadScenario } from 'virtual:scenario-catalog';
import { App } from './ui/app/app';
import { loadStore } from './ui/data/load-store';
import { startLms } from './ui/lms/start-lms';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Attempt observers (xAPI, and SCORM in the package build) are registered before
// the first render; only the SCORM build actually waits here, for its LMS.
void startLms(loadScenario).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App loadStore={loadStore} scenarios={{ catalog, loadScenario }} />
    </StrictMode>,
  );
});
