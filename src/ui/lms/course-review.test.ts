import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setCourseReview, useCourseReview, type CourseReview } from './course-review';

const review: CourseReview = { scenarioId: 'carer-barriers', reported: null, completed: false };

describe('the Review launch', () => {
  it('reaches a screen already showing, when a slow LMS says so after the app rendered', () => {
    const { result } = renderHook(() => useCourseReview());
    expect(result.current).toBeNull();
    act(() => setCourseReview(review));
    expect(result.current).toBe(review);
  });
});
