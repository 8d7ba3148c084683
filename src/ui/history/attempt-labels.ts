import type { AttemptRecord } from '../../storage/storage.types';
import { formatDateTime } from '../common/format-date-time';
import { OUTCOME_LABELS } from '../scenarios/labels';

/** How an attempt ended, in the debrief's words. */
export function resultLabel(record: AttemptRecord): string {
  if (record.status === 'abandoned') return 'Ended early';
  return record.outcome ? OUTCOME_LABELS[record.outcome] : 'Completed';
}

/** One line for pickers and tables: when, how it ended, the score. */
export function attemptSummary(record: AttemptRecord): string {
  const score = record.score ? ` · ${Math.round(record.score.overall)} / 100` : '';
  return `${formatDateTime(record.finishedAt)} · ${resultLabel(record)}${score}`;
}
