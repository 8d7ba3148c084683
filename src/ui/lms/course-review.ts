import { useSyncExternalStore } from 'react';
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
const listeners = new Set<() => void>();

/**
 * Set once by a cmi5 Review launch, before the app renders (or, on a slow
 * LMS, just after: the play route then switches to the review).
 */
export function setCourseReview(review: CourseReview): void {
  current = review;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The Review launch, or null in every other launch and outside an LMS. */
export function useCourseReview(): CourseReview | null {
  return useSyncExternalStore(subscribe, () => current);
}
