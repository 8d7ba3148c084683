import type { AttemptRecord } from '../../storage/storage.types';
import { OUTCOME_LABELS } from '../scenarios/labels';

/** How an attempt ended, in the debrief's words. */
export function resultLabel(record: AttemptRecord): string {
  if (record.status === 'abandoned') return 'Ended early';
  return record.outcome ? OUTCOME_LABELS[record.outcome] : 'Completed';
}

export const dateTime = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' });

/** One line for pickers and tables: when, how it ended, the score. */
export function attemptSummary(record: AttemptRecord): string {
  const score = record.score ? ` · ${Math.round(record.score.overall)} / 100` : '';
  return `${dateTime(record.finishedAt)} · ${resultLabel(record)}${score}`;
}
