import type { TranscriptEntry } from '../../engine/trainee';
import { LineChart } from '../charts/line-chart';
import { describeTrajectory, formatDecision, formatDecisionRow, trajectoryPoints, trajectorySeries } from './trajectory';

/** Plot height: low enough that the chart sits beside the summary on a wide screen, tall enough to read. */
const TRAJECTORY_HEIGHT = 140;

/** The patient's anger and trust over the conversation: start, then after each decision. */
export function TrajectoryChart({ transcript, patientName }: { transcript: readonly TranscriptEntry[]; patientName: string }) {
  const points = trajectoryPoints(transcript);
  return (
    <section className="panel debrief-trajectory" aria-labelledby="trajectory-title">
      {/* The chart's own title says the same, so the heading is for screen readers' navigation only. */}
      <h2 id="trajectory-title" className="visually-hidden">
        How {patientName} felt as you talked
      </h2>
      {points.length === 0 ? (
        <p>No decisions were taken, so there is nothing to chart.</p>
      ) : (
        <LineChart
          title={`${patientName}’s anger and trust, decision by decision`}
          description={describeTrajectory(points)}
          series={trajectorySeries(points)}
          xLabel="Decision"
          yLabel="Level (0–100)"
          formatX={formatDecision}
          formatRow={formatDecisionRow}
          rowHeader="Moment"
          height={TRAJECTORY_HEIGHT}
        />
      )}
    </section>
  );
}
