import type { AttemptRecord } from '../../storage/storage.types';
import type { LineSeries } from '../charts/line-chart';
import type { SeriesStyle } from '../charts/series-style';
import { trajectoryPoints, trajectorySeries } from '../debrief/trajectory';

/** Scenarios with at least two attempts that took a decision, newest activity first. */
export function comparableScenarios(records: readonly AttemptRecord[]): { id: string; title: string; attempts: AttemptRecord[] }[] {
  const groups = new Map<string, AttemptRecord[]>();
  for (const record of [...records].sort((a, b) => b.finishedAt - a.finishedAt)) {
    if (record.transcript.length === 0) continue;
    groups.set(record.scenarioId, [...(groups.get(record.scenarioId) ?? []), record]);
  }
  return [...groups]
    .filter(([, attempts]) => attempts.length >= 2)
    .map(([id, attempts]) => ({ id, title: attempts[0]?.scenarioTitle ?? id, attempts }));
}

/** Attempt A dashed with open shapes, attempt B solid with other shapes: hue still says anger or trust. */
const STYLES: Record<'A' | 'B', [SeriesStyle, SeriesStyle]> = {
  A: [
    { tone: 'anger', dash: 'dashed', shape: 'triangle' },
    { tone: 'trust', dash: 'dashed', shape: 'circle' },
  ],
  B: [
    { tone: 'anger', dash: 'solid', shape: 'diamond' },
    { tone: 'trust', dash: 'solid', shape: 'square' },
  ],
};

/** Both attempts' anger and trust, four lines on one chart. */
export function comparisonSeries(a: AttemptRecord, b: AttemptRecord): LineSeries[] {
  return (['A', 'B'] as const).flatMap((key) => {
    const record = key === 'A' ? a : b;
    return trajectorySeries(trajectoryPoints(record.transcript), {
      idPrefix: `${key}-`,
      suffix: `, attempt ${key}`,
      styles: STYLES[key],
    }).map((series) => ({ ...series, endLabel: `${series.endLabel} ${key}` }));
  });
}
