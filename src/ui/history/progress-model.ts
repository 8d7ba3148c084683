import { DIMENSION_LABELS, DIMENSIONS, type Dimension } from '../../engine/trainee';
import type { AttemptRecord } from '../../storage/storage.types';
import type { LineSeries } from '../charts/line-chart';
import type { LineDash, PointShape, SeriesStyle } from '../charts/series-style';

export type Measure = 'overall' | Dimension;
export const MEASURES: readonly Measure[] = ['overall', ...DIMENSIONS];
export const MEASURE_LABELS: Record<Measure, string> = { overall: 'Overall score', ...DIMENSION_LABELS };

function valueOf(record: AttemptRecord, measure: Measure): number | null {
  const score = record.score;
  if (!score) return null;
  if (measure === 'overall') return Math.round(score.overall);
  const d = score.dimensions.find((x) => x.dimension === measure);
  return d && d.scoreable !== false ? Math.round(d.score) : null;
}

/** One scenario's scored attempts, oldest first. */
export interface ScenarioAttempts {
  scenarioId: string;
  title: string;
  attempts: AttemptRecord[];
}

/**
 * Scored attempts grouped by scenario, so that progress is drawn per
 * scenario: scores on different scenarios measure different conversations,
 * and one line through them would read as progress that is not there.
 * Scenarios in the order they were first played; each titled by its newest attempt.
 */
export function scoredByScenario(records: readonly AttemptRecord[]): ScenarioAttempts[] {
  const groups = new Map<string, AttemptRecord[]>();
  for (const record of [...records].filter((r) => r.score).sort((a, b) => a.finishedAt - b.finishedAt))
    groups.set(record.scenarioId, [...(groups.get(record.scenarioId) ?? []), record]);
  return [...groups].map(([scenarioId, attempts]) => ({ scenarioId, title: attempts.at(-1)!.scenarioTitle, attempts }));
}

const DASHES: readonly LineDash[] = ['solid', 'dashed', 'dotted', 'dash-dot'];
const SHAPES: readonly PointShape[] = ['circle', 'square', 'triangle', 'diamond'];

/** The i-th scenario's look: dash and point shape tell scenarios apart (16 pairs before one repeats). */
export function scenarioStyle(i: number): SeriesStyle {
  return { tone: 'primary', dash: DASHES[i % DASHES.length]!, shape: SHAPES[(i + Math.floor(i / DASHES.length)) % SHAPES.length]! };
}

/** One line per scenario for a measure: x is the attempt at that scenario (1 = first try). */
export function progressSeries(groups: readonly ScenarioAttempts[], measure: Measure): LineSeries[] {
  return groups.map((group, i) => ({
    id: `${measure}-${group.scenarioId}`,
    label: group.title,
    style: scenarioStyle(i),
    points: group.attempts.flatMap((record, n) => {
      const y = valueOf(record, measure);
      return y === null ? [] : [{ x: n + 1, y }];
    }),
  }));
}

/** "Nobody believes me: 3 scored attempts, from 20 to 58." for each scenario with a value. */
export function describeProgress(series: readonly LineSeries[]): string {
  const parts = series.flatMap((s) => {
    const first = s.points[0];
    const last = s.points.at(-1);
    if (!first || !last) return [];
    const n = s.points.length;
    return [`${s.label}: ${n} scored attempt${n === 1 ? '' : 's'}, ${n === 1 ? `${first.y}` : `from ${first.y} to ${last.y}`}.`];
  });
  return parts.length ? parts.join(' ') : 'Not assessed in your attempts so far.';
}
