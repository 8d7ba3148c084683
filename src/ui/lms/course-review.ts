import { useSyncExternalStore } from 'react';
import { createListeners } from '../../engine/trainee';
import type { ReportedResult } from '../../export/cmi5/cmi5-verdicts';

/** A cmi5 Review launch: what the course has recorded, shown instead of a new attempt. */
export interface CourseReview {
  /** The scenario the launched AU plays: the recorded result is this one's. */
  scenarioId: string | null;
  /** The result this registration reported, or null when it reported none. */
  reported: ReportedResult | null;
  /** The registration reported `completed`. */
  completed: boolean;
}

let current: CourseReview | null = null;
const listeners = createListeners();

/**
 * Set once by a cmi5 Review launch, before the app renders (or, on a slow
 * LMS, just after: the play route then switches to the review).
 */
export function setCourseReview(review: CourseReview): void {
  current = review;
  listeners.emit();
}

/** The Review launch, or null in every other launch and outside an LMS. */
export function useCourseReview(): CourseReview | null {
  return useSyncExternalStore(listeners.subscribe, () => current);
}
