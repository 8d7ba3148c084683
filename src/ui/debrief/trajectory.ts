import type { StateEffects, TranscriptEntry } from '../../engine/trainee';
import type { LineSeries } from '../charts/line-chart';
import type { SeriesStyle } from '../charts/series-style';

/** Anger and trust at the start and after each decision (x = decisions taken). */
export interface TrajectoryPoint {
  x: number;
  anger: number;
  trust: number;
}

export function trajectoryPoints(transcript: readonly TranscriptEntry[]): TrajectoryPoint[] {
  const first = transcript[0];
  if (!first) return [];
  return [
    { x: 0, anger: first.before.anger, trust: first.before.trust },
    ...transcript.map((entry, i) => ({ x: i + 1, anger: entry.after.anger, trust: entry.after.trust })),
  ];
}

/** Anger and trust always look like this: own hue, own dash, own point shape, own icon. */
export const ANGER_STYLE: SeriesStyle = { tone: 'anger', dash: 'dashed', shape: 'triangle' };
export const TRUST_STYLE: SeriesStyle = { tone: 'trust', dash: 'solid', shape: 'circle' };

/** The two lines of one conversation; `suffix` tells attempts apart when several are overlaid. */
export function trajectorySeries(
  points: readonly TrajectoryPoint[],
  options: { idPrefix?: string; suffix?: string; styles?: [SeriesStyle, SeriesStyle] } = {},
): LineSeries[] {
  const { idPrefix = '', suffix = '', styles = [ANGER_STYLE, TRUST_STYLE] } = options;
  return [
    {
      id: `${idPrefix}anger`,
      label: `Anger${suffix}`,
      endLabel: 'Anger',
      style: styles[0],
      points: points.map((p) => ({ x: p.x, y: p.anger })),
    },
    {
      id: `${idPrefix}trust`,
      label: `Trust${suffix}`,
      endLabel: 'Trust',
      style: styles[1],
      points: points.map((p) => ({ x: p.x, y: p.trust })),
    },
  ];
}

/** "Start" for the opening state, otherwise "after decision n" reads as the decision number. */
export const formatDecision = (x: number) => (x === 0 ? 'Start' : String(x));
export const formatDecisionRow = (x: number) => (x === 0 ? 'Start' : `After decision ${x}`);

const VARIABLE_WORDS: Record<string, string> = {
  anger: 'anger',
  trust: 'trust',
  goalAgreement: 'goal agreement',
  taskAgreement: 'task agreement',
  injustice: 'sense of injustice',
};

/** A turn's effect in words: "anger −12, trust +6" (true minus signs), or "no change". */
export function describeDelta(delta: StateEffects): string {
  const parts = Object.entries(delta)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] !== 0)
    .map(([key, value]) => `${VARIABLE_WORDS[key] ?? key} ${value > 0 ? '+' : '\u2212'}${Math.abs(value)}`);
  return parts.length ? parts.join(', ') : 'no change';
}

/** One sentence for the chart's description. */
export function describeTrajectory(points: readonly TrajectoryPoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'No decisions were taken.';
  const move = (from: number, to: number) => (to === from ? `stayed at ${to}` : `went from ${from} to ${to}`);
  return `Over ${points.length - 1} decisions, anger ${move(first.anger, last.anger)} and trust ${move(first.trust, last.trust)} (out of 100).`;
}
