import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppDataContext, type AppData } from '../data/app-data-context';
import { ScenarioSourceProvider } from '../scenarios/scenario-source';
import { fakeStore } from '../test-util/fake-store';
import { fakeSource } from '../test-util/fixtures';
import { genuineAttempt } from '../test-util/genuine-records';
import type { CourseReview } from './course-review';
import { CourseReviewPage, REVIEW_NOTE } from './course-review-page';

const source = fakeSource();
const compiled = source.compiled[0]!;
const SCENARIO = compiled.scenario.id;
const REPORTED: CourseReview = {
  scenarioId: SCENARIO,
  completed: true,
  reported: { scoreRaw: 64, passed: false, passMark: 70, finishedAt: Date.UTC(2026, 11, 2, 10) },
};

function renderReview(review: CourseReview, attempts = [genuineAttempt(compiled, ['reflect', 'goal'])], scenarioId = SCENARIO) {
  const store = fakeStore({ attempts });
  const data: AppData = {
    store,
    settings: store.data.settings,
    profile: store.data.profiles[0]!,
    profiles: store.data.profiles,
    notices: [],
    error: null,
    updateSettings: async () => {},
    createProfile: async () => null,
    updateProfile: async () => null,
    switchProfile: async () => {},
    dismissNotice: () => {},
  };
  render(
    <AppDataContext.Provider value={data}>
      <ScenarioSourceProvider source={source}>
        <CourseReviewPage scenarioId={scenarioId} review={review} />
      </ScenarioSourceProvider>
    </AppDataContext.Provider>,
  );
  return store;
}

describe('Review launch page', () => {
  it('says nothing is recorded, shows the course’s result and links the last debrief kept here', async () => {
    const older = genuineAttempt(compiled, ['reflect', 'goal'], { id: 'older', finishedAt: 1 });
    renderReview(REPORTED, [older, genuineAttempt(compiled, ['reflect', 'goal'], { id: 'latest' })]);
    expect(await screen.findByRole('heading', { level: 1, name: `Review: ${compiled.scenario.title}` })).toBeInTheDocument();
    expect(screen.getByText(REVIEW_NOTE)).toBeInTheDocument();
    expect(screen.getByText(/64 out of 100, not passed \(the pass mark is 70\)/)).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: 'Open the debrief of your last attempt in this browser' });
    expect(link.getAttribute('href')).toMatch(/^#\/debrief\/latest/);
  });

  it('walks through the conversation read-only: every patient line and response as text, nothing to press', async () => {
    renderReview(REPORTED);
    await screen.findByRole('heading', { name: 'Look through the conversation' });
    for (const node of compiled.scenario.nodes) {
      expect(screen.getByText(node.patient.text, { exact: false })).toBeInTheDocument();
      for (const choice of node.choices) expect(screen.getAllByText(choice.text).length).toBeGreaterThan(0);
    }
    for (const ending of compiled.scenario.endings) expect(screen.getByText(ending.text, { exact: false })).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('says when the course has no result yet, and offers no debrief without a finished attempt here', async () => {
    renderReview({ scenarioId: SCENARIO, completed: false, reported: null }, []);
    expect(await screen.findByText('Your course has no result from you for this activity yet.')).toBeInTheDocument();
    await screen.findByRole('heading', { name: 'Look through the conversation' });
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('links an attempt saved after the page opened (a Normal launch finished in another tab)', async () => {
    const store = renderReview(REPORTED, []);
    await screen.findByRole('heading', { name: 'Look through the conversation' });
    expect(screen.queryByRole('link')).toBeNull();
    await act(() => store.attempts.save(genuineAttempt(compiled, ['reflect', 'goal'], { id: 'later' })));
    const link = await screen.findByRole('link', { name: 'Open the debrief of your last attempt in this browser' });
    expect(link.getAttribute('href')).toMatch(/^#\/debrief\/later/);
  });

  it('does not claim the launched activity’s result for another scenario', async () => {
    renderReview({ ...REPORTED, scenarioId: 'another' });
    await screen.findByRole('heading', { name: 'Look through the conversation' });
    expect(screen.queryByText(/out of 100, not passed/)).toBeNull();
  });
});
