import { lazy, Suspense } from 'react';
import type { Route } from '../app/parse-route';
import { useAppData } from '../data/app-data-context';
import { needsName } from './profile-input';

// Asked once per trainee: the form loads when it is needed, not with every screen.
export const loadNameForm = () => import('./first-start-name-form');
const NameForm = lazy(() => loadNameForm().then((m) => ({ default: m.NameForm })));

/**
 * The first start asks who is practising, so records (and the instructor's
 * dashboard) carry a real name. Also asked, once, of a profile still called
 * "Trainee" from before there was a question. Not shown on instructors' pages.
 */
/** True in the packages built for an LMS (VITE_LMS_PACKAGE=1, see src/cli/lms-package-app.ts). */
const IN_LMS_PACKAGE = import.meta.env.VITE_LMS_PACKAGE === '1';

export function FirstStartDialog({ route }: { route: Route['name'] }) {
  const { store, settings, profile } = useAppData();
  // Inside an LMS (the SCORM and cmi5 packages) the LMS knows the learner: nothing to ask.
  if (IN_LMS_PACKAGE || !store || !profile || !needsName(settings, profile, route)) return null;
  return (
    <Suspense fallback={null}>
      <NameForm profile={profile} />
    </Suspense>
  );
}
