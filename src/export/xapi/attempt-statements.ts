import type { Statement } from './xapi-types';
import type { AttemptRecord } from '../../storage/storage.types';
import { buildAbandoned, buildAnswered, buildCompletion, buildInitialized } from './build-statements';
import type { AttemptXapiContext } from './statement-context';

/**
 * Every statement of a saved attempt, in order. The live observers send the
 * same statements one at a time; rebuilding them here (same ids) fills any gap
 * left by a crash between a decision and its enqueue, and the outbox and the
 * LRS both ignore the copies they already hold.
 */
export function buildAttemptStatements(
  ctx: AttemptXapiContext,
  record: Pick<AttemptRecord, 'startedAt' | 'finishedAt' | 'status' | 'transcript' | 'score' | 'outcome'>,
  endingId: string | null = null,
): Statement[] {
  const statements = [buildInitialized(ctx, record.startedAt), ...record.transcript.map((entry) => buildAnswered(ctx, entry))];
  if (record.status === 'abandoned') {
    statements.push(buildAbandoned(ctx, record.startedAt, record.finishedAt));
  } else {
    statements.push(
      ...buildCompletion(ctx, {
        startedAt: record.startedAt,
        finishedAt: record.finishedAt,
        score: record.score,
        endingId,
        outcome: record.outcome ?? record.score?.outcome ?? null,
      }),
    );
  }
  return statements;
}
