import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AttemptRecord, InProgressRecord } from '../../storage/storage.types';
import { fakeStore } from '../test-util/fake-store';
import { backPainScenario } from '../../engine/testing';
import { fakeSource } from '../test-util/fixtures';
import { renderApp } from '../test-util/render-app';

const source = fakeSource([
  backPainScenario(),
  backPainScenario({ id: 'hostile', title: 'Shouting in the gym', difficulty: 'advanced', factors: ['hostility', 'communication'] }),
]);

function attempt(overrides: Partial<AttemptRecord>): AttemptRecord {
  return {
    id: 'a1',
    profileId: 'p1',
    scenarioId: 'back-pain',
    scenarioTitle: 'Nobody listens',
    contentHash: 'x',
    scenarioSchemaVersion: 1,
    registration: 'r',
    startedAt: 1,
    finishedAt: 2,
    status: 'completed',
    outcome: 'alliance',
    transcript: [],
    score: { overall: 72, dimensions: [], miti: [], outcome: 'alliance', decisions: [] },
    checkpoints: [],
    ...overrides,
  };
}

function conversationInProgress(scenarioId: string): InProgressRecord {
  return { profileId: 'p1', scenarioId, contentHash: 'x', registration: 'r', startedAt: 1, updatedAt: 2, snapshot: '{}', checkpoints: [] };
}

describe('LibraryPage', () => {
  it('shows a card per scenario with patient, difficulty, time and the factors it trains', async () => {
    renderApp({ source });
    const card = (await screen.findByRole('heading', { name: 'Nobody listens' })).closest('article');
    if (!card) throw new Error('no card');
    expect(within(card).getByText(/Dana Reyes, 44 · Low back pain/)).toBeInTheDocument();
    expect(within(card).getByText('United Kingdom · NHS outpatient physiotherapy')).toBeInTheDocument();
    expect(within(card).getByText('Introductory')).toBeInTheDocument();
    expect(within(card).getByText('About 5 min')).toBeInTheDocument();
    const chips = within(card).getByRole('list', { name: 'Trains' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Anger', 'Trust']);
    expect(within(card).getByRole('link', { name: /Start/ })).toHaveAttribute('href', '#/play/back-pain');
  });

  it('welcomes a new trainee and points at the easiest scenario', async () => {
    renderApp({ source });
    expect(await screen.findByRole('heading', { name: /New here\? Start with “Nobody listens”/ })).toBeInTheDocument();
  });

  it('filters by factor and difficulty, and says how many are shown', async () => {
    const user = userEvent.setup();
    renderApp({ source });
    await screen.findByRole('heading', { name: 'Nobody listens' });
    expect(screen.getByText('Showing 2 of 2 scenarios')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Review factor'), 'hostility');
    expect(screen.getByText('Showing 1 of 2 scenarios')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Nobody listens' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Difficulty'), 'introductory');
    expect(screen.getByRole('heading', { name: 'No scenarios match these filters' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all scenarios' }));
    expect(screen.getByText('Showing 2 of 2 scenarios')).toBeInTheDocument();
  });

  it('shows the best completed score and offers Resume for a saved conversation', async () => {
    const store = fakeStore({
      attempts: [
        attempt({ id: 'a1' }),
        attempt({ id: 'a2', score: { overall: 55, dimensions: [], miti: [], outcome: null, decisions: [] } }),
      ],
      inProgress: [conversationInProgress('hostile')],
    });
    renderApp({ source, store });
    expect(await screen.findByText('72 / 100')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Resume: Shouting in the gym' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Play again: Nobody listens' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /New here/ })).not.toBeInTheDocument();
  });

  it('shows an attempt saved after the library read the records (the trainee left its ending while it was scored)', async () => {
    const store = fakeStore({ inProgress: [conversationInProgress('back-pain')] });
    renderApp({ source, store });
    expect(await screen.findByRole('link', { name: 'Resume: Nobody listens' })).toBeInTheDocument();
    // As the real store does in one write: the finished attempt is kept and its conversation in progress cleared.
    store.data.inProgress = [];
    await act(() => store.attempts.save(attempt({ id: 'a1' })));
    expect(await screen.findByText('72 / 100')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Play again: Nobody listens' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Resume: Nobody listens' })).not.toBeInTheDocument();
  });

  it('explains where scenarios come from when there are none', async () => {
    renderApp({ source: { catalog: [], loadScenario: () => Promise.reject(new Error('none')) } });
    expect(await screen.findByRole('heading', { name: 'No scenarios yet' })).toBeInTheDocument();
  });
});
