import { lazy } from 'react';
import { useFirstScreenShown } from '../common/after-first-screen';
import { PageHeading } from '../common/page-heading';
import { LibraryPage } from '../library/library-page';
import { useCourseReviewRoute } from '../lms/course-review-route';
import type { Route } from './parse-route';
import {
  loadAddPage,
  loadAuthorPage,
  loadDashboardPage,
  loadDebriefPage,
  loadHistoryPage,
  loadPlayPage,
  loadPrivacyPage,
  loadSettingsPage,
} from './route-chunks';

// Split per route: the library paints first; the rest loads on demand.
const PlayPage = lazy(() => loadPlayPage().then((m) => ({ default: m.PlayPage })));
const DebriefPage = lazy(() => loadDebriefPage().then((m) => ({ default: m.DebriefPage })));
const HistoryPage = lazy(() => loadHistoryPage().then((m) => ({ default: m.HistoryPage })));
const SettingsPage = lazy(() => loadSettingsPage().then((m) => ({ default: m.SettingsPage })));
// Instructor tools: the largest chunks (the editor, the checker, the analytics), never in a trainee's download.
const DashboardPage = lazy(() => loadDashboardPage().then((m) => ({ default: m.DashboardPage })));
const AuthorPage = lazy(() => loadAuthorPage().then((m) => ({ default: m.AuthorPage })));
const PrivacyPage = lazy(() => loadPrivacyPage().then((m) => ({ default: m.PrivacyPage })));
const AddPage = lazy(() => loadAddPage().then((m) => ({ default: m.AddPage })));

/** Screens that say themselves when their content is shown (it waits on stored records); the others are shown once rendered. */
const MARKS_ITS_OWN_FIRST_SCREEN: ReadonlySet<Route['name']> = new Set(['library', 'play', 'debrief', 'history']);

export function RouteView({ route }: { route: Route }) {
  useFirstScreenShown(!MARKS_ITS_OWN_FIRST_SCREEN.has(route.name));
  const courseReview = useCourseReviewRoute(route.name === 'play' ? route.scenarioId : null);
  if (courseReview) return courseReview;
  switch (route.name) {
    case 'library':
      return <LibraryPage />;
    case 'play':
      return <PlayPage key={route.scenarioId} scenarioId={route.scenarioId} from={route.from} />;
    case 'debrief':
      return <DebriefPage key={route.attemptId} attemptId={route.attemptId} />;
    case 'history':
      return <HistoryPage />;
    case 'settings':
      return <SettingsPage />;
    case 'dashboard':
      return <DashboardPage />;
    case 'author':
      return <AuthorPage guide={route.guide} />;
    case 'privacy':
      return <PrivacyPage />;
    case 'add':
      return <AddPage packUrl={route.pack} />;
    case 'not-found':
      return (
        <section className="panel">
          <PageHeading>Page not found</PageHeading>
          <p>There is nothing at this address. It may be an old link.</p>
          <p>
            <a href="#/">Go to the scenario library</a>
          </p>
        </section>
      );
  }
}
