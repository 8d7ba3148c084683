import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createSession } from '../scenarios/engine';
import { scoreAttemptSafely } from '../scenarios/score';
import { fakeStore } from '../test-util/fake-store';
import { fakeSource } from '../test-util/fixtures';
import { renderApp } from '../test-util/render-app';

function finishedAttempt() {
  const source = fakeSource();
  const compiled = source.compiled[0]!;
  const session = createSession(compiled);
  session.send({ type: 'CHOOSE', choiceId: 'reflect' });
  session.send({ type: 'CHOOSE', choiceId: 'goal' });
  const view = session.getView();
  session.stop();
  const store = fakeStore({
    attempts: [
      {
        id: 'att-1',
        profileId: 'p1',
        scenarioId: 'back-pain',
        scenarioTitle: 'Nobody listens',
        contentHash: compiled.contentHash,
        scenarioSchemaVersion: 1,
        registration: 'r',
        startedAt: 1,
        finishedAt: 2,
        status: 'completed',
        outcome: 'alliance',
        transcript: view.transcript,
        score: scoreAttemptSafely(compiled, view.transcript, 'agreed'),
        checkpoints: [],
      },
    ],
  });
  return { source, store };
}

describe('DebriefPage', () => {
  it('leads with the ending, outcome, overall score and the five dimensions', async () => {
    renderApp({ hash: '#/debrief/att-1', ...finishedAttempt() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Debrief: A plan together' })).toBeInTheDocument();
    expect(screen.getByText('Alliance built')).toBeInTheDocument();
    expect(screen.getByText(/Overall score/)).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(6);
    expect(screen.getByRole('link', { name: 'Try this scenario again' })).toHaveAttribute('href', '#/play/back-pain');
  });

  it('says when the attempt is not this profile’s', async () => {
    renderApp({ hash: '#/debrief/nope' });
    expect(await screen.findByRole('heading', { name: 'Debrief not found' })).toBeInTheDocument();
  });
});
