import { useId } from 'react';
import type { CohortSummary } from '../../export/records';
import { describeDistribution, HistogramChart } from './histogram-chart';
import { DIMENSION_LABELS } from './labels';

/** Small multiples: the overall score and each alliance dimension, on the same 0–100 axis. */
export function DimensionCharts({ summary }: { summary: CohortSummary }) {
  const headingId = useId();
  return (
    <section className="panel dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Score distributions</h2>
      <p className="muted">
        Every scored attempt, in 10-point bands. The dashed line marks the median. Overall: {describeDistribution(summary.overall)}
      </p>
      <div className="dashboard-chart-grid">
        <HistogramChart title="Overall score" distribution={summary.overall} />
        {summary.dimensions.map(({ dimension, distribution }) => (
          <HistogramChart key={dimension} title={DIMENSION_LABELS[dimension]} distribution={distribution} />
        ))}
      </div>
    </section>
  );
}
