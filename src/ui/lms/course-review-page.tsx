import { useCallback, useMemo } from 'react';
import type { AttemptRecord } from '../../storage/storage.types';
import { hrefFor } from '../app/parse-route';
import { formatDateTime } from '../common/format-date-time';
import { PageHeading } from '../common/page-heading';
import { useAppData } from '../data/app-data-context';
import { useLoaded } from '../data/use-loaded';
import { useReloadOnChange, type ChangedTable } from '../data/use-reload-on-change';
import { useScenarioSource } from '../scenarios/scenario-source';
import { ConversationScript } from './conversation-script';
import type { CourseReview } from './course-review';

export const REVIEW_NOTE =
  'This is a review launch: your result is recorded; you can look through the scenario but nothing you do now is recorded.';

function recordedResult(review: CourseReview): string {
  const { reported } = review;
  if (reported) {
    const verdict = reported.passed ? 'passed' : 'not passed';
    return `Your course has this result from you: ${reported.scoreRaw} out of 100, ${verdict} (the pass mark is ${reported.passMark}), from the attempt that ended ${formatDateTime(reported.finishedAt)}.`;
  }
  if (review.completed) return 'Your course has this activity as completed, without a score.';
  return 'Your course has no result from you for this activity yet.';
}

/** A Normal launch of the same course in another tab can save an attempt while this page is open. */
const READS: readonly ChangedTable[] = ['attempts'];

/** The latest finished attempt of this scenario kept in this browser, if any. */
function useLastAttempt(scenarioId: string): AttemptRecord | null {
  const { store, profile } = useAppData();
  const profileId = profile?.id ?? null;
  const load = useMemo(() => {
    if (!store || !profileId) return null;
    return async () => {
      const { records } = await store.attempts.listByProfile(profileId);
      const finished = records.filter((record) => record.scenarioId === scenarioId && record.status === 'completed');
      return finished.reduce<AttemptRecord | null>((best, record) => (!best || record.finishedAt > best.finishedAt ? record : best), null);
    };
  }, [store, profileId, scenarioId]);
  const { data, reload } = useLoaded(load);
  useReloadOnChange(store, READS, reload);
  // A history that cannot be read offers no debrief link: the course's result above still stands.
  return data;
}

/**
 * #/play/<id> in a cmi5 Review launch: no new attempt opens. The page says
 * what the course has recorded, links the debrief of the last attempt kept
 * in this browser, and offers the conversation to look through.
 */
export function CourseReviewPage({ scenarioId, review }: { scenarioId: string; review: CourseReview }) {
  const { loadScenario } = useScenarioSource();
  const load = useCallback(() => loadScenario(scenarioId), [loadScenario, scenarioId]);
  const { data: compiled, error: problem } = useLoaded(load);
  const last = useLastAttempt(scenarioId);

  return (
    <>
      <section className="panel">
        <PageHeading>{compiled ? `Review: ${compiled.scenario.title}` : 'Review'}</PageHeading>
        <p>{REVIEW_NOTE}</p>
        {review.scenarioId === scenarioId && <p>{recordedResult(review)}</p>}
        {last && (
          <p>
            <a href={hrefFor({ name: 'debrief', attemptId: last.id, scenarioId })}>Open the debrief of your last attempt in this browser</a>{' '}
            (ended {formatDateTime(last.finishedAt)}
            {last.score ? `, score ${Math.round(last.score.overall)} out of 100` : ''}).
          </p>
        )}
        {problem && <p>The conversation could not be opened to look through ({problem}).</p>}
      </section>
      {compiled && <ConversationScript scenario={compiled.scenario} />}
    </>
  );
}
