import './history.css';
import { useFirstScreenShown } from '../common/after-first-screen';
import { LoadFailed } from '../common/load-failed';
import { PageHeading } from '../common/page-heading';
import { useAppData } from '../data/app-data-context';
import { ImportExportPanel } from '../dashboard/import-export-panel';
import { AttemptComparison } from './attempt-comparison';
import { AttemptList } from './attempt-list';
import { ProgressCharts } from './progress-charts';
import { SendResultsPanel } from './send-results-panel';
import { useHistoryRecords } from './use-history-records';

/** #/history: the active profile's attempts, progress per dimension, a comparison, and records to keep or move. */
export function HistoryPage() {
  const { store, profile } = useAppData();
  const { data: records, error, reload } = useHistoryRecords();
  useFirstScreenShown(records !== null || error !== null);

  return (
    <div className="history">
      <PageHeading>Your history</PageHeading>
      {profile && <p className="muted">Attempts by {profile.displayName} on this device.</p>}
      {records === null && error !== null ? (
        <LoadFailed what="your history" error={error} onRetry={reload} />
      ) : records === null ? (
        <p className="loading">Loading…</p>
      ) : records.length === 0 ? (
        <section className="panel empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title">No attempts yet</h2>
          <p>
            Start with a scenario from the library: an introductory one is a good first conversation. When you finish, its debrief is kept
            here, and after a few attempts you will see your progress on each part of the alliance and can compare two tries at the same
            patient.
          </p>
          <p>Already practised on another device? Import your records below.</p>
          <a className="button button-primary" href="#/">
            Choose a scenario
          </a>
        </section>
      ) : (
        <>
          <ProgressCharts records={records} />
          <AttemptComparison records={records} />
          <AttemptList records={records} />
        </>
      )}
      {/* After the records, not before: appearing first, it would be pushed down the page as they arrive. */}
      {records !== null && records.length > 0 && <SendResultsPanel />}
      {records !== null && store && profile && <ImportExportPanel transfer={store} profile={profile} onImported={reload} />}
    </div>
  );
}
