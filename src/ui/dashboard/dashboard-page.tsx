import './dashboard.css';
import { PageHeading } from '../common/page-heading';
import { CohortImport } from './cohort-import';
import { DimensionCharts } from './dimension-charts';
import { ItemAnalysis } from './item-analysis';
import { LrsSlot } from './lrs-slot';
import { ProgressChart } from './progress-chart';
import { ScoreChecksPanel } from './score-checks';
import { TraineeTable } from './trainee-table';
import { useCohortLoader } from './use-cohort-loader';

/**
 * #/dashboard, for instructors: many trainees' exports in, one view of the
 * cohort out. Loaded lazily by the shell, so none of it (nor d3) reaches the
 * trainee's first load.
 */
export function DashboardPage() {
  const { state, loadFiles, addAttempts, clear } = useCohortLoader();
  const summary = state.summary;

  return (
    <div className="dashboard">
      <PageHeading>Cohort dashboard</PageHeading>
      <p className="dashboard-intro">
        See how a group of trainees is doing: scores by scenario, how they are spread and how they change over time, and which responses
        trainees choose at each decision point.
      </p>

      <CohortImport state={state} onFiles={(files, passedOver) => void loadFiles(files, passedOver)} onClear={clear} />
      <LrsSlot addAttempts={addAttempts} busy={state.busy} />

      {summary ? (
        <>
          <p className="dashboard-overview">
            {summary.trainees.length} trainees · {summary.scenarios.length} scenarios · {summary.attemptCount} attempts (
            {summary.scoredCount} scored)
            {summary.duplicateCount > 0 && ` · ${summary.duplicateCount} identical duplicate attempts counted once`}
            {summary.checks.conflicts.length > 0 && ` · ${summary.checks.conflicts.length} conflicting attempts (see Score checks)`}
          </p>
          <ScoreChecksPanel checks={summary.checks} />
          <TraineeTable summary={summary} />
          <DimensionCharts summary={summary} />
          <section className="panel dashboard-section" aria-labelledby="dashboard-progress-heading">
            <h2 id="dashboard-progress-heading">Progress over time</h2>
            <ProgressChart progress={summary.progress} />
          </section>
          <ItemAnalysis items={summary.items} />
        </>
      ) : (
        !state.busy && (
          <section className="panel dashboard-section empty-state">
            <h2>No cohort loaded yet</h2>
            <p>Load one or more trainees’ results files to see the cohort here.</p>
          </section>
        )
      )}
    </div>
  );
}
