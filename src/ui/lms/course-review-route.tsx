import { lazy, type ReactNode } from 'react';
import { useCourseReview } from './course-review';

// Only the LMS package can have a Review launch: the normal build drops this chunk.
const CourseReviewPage =
  import.meta.env.VITE_LMS_PACKAGE === '1'
    ? lazy(() => import('./course-review-page').then((m) => ({ default: m.CourseReviewPage })))
    : null;

/**
 * What a play route shows in a cmi5 Review launch (the review, in place of
 * a new attempt), or null to play as usual.
 */
function useReviewInLms(scenarioId: string | null): ReactNode {
  const review = useCourseReview();
  if (!review || scenarioId === null || !CourseReviewPage) return null;
  return <CourseReviewPage key={scenarioId} scenarioId={scenarioId} review={review} />;
}

/** Outside the LMS package there is never a Review launch, so the normal build carries none of this. */
export const useCourseReviewRoute: (scenarioId: string | null) => ReactNode =
  import.meta.env.VITE_LMS_PACKAGE === '1' ? useReviewInLms : () => null;
