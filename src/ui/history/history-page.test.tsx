import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeStore } from '../test-util/fake-store';
import { renderApp } from '../test-util/render-app';

describe('HistoryPage', () => {
  it('teaches what will appear when there are no attempts', async () => {
    renderApp({ hash: '#/history' });
    expect(await screen.findByRole('heading', { name: 'No attempts yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose a scenario' })).toHaveAttribute('href', '#/');
  });

  it('lists attempts newest first with links to their debriefs', async () => {
    const base = {
      profileId: 'p1',
      scenarioId: 's',
      contentHash: 'h',
      scenarioSchemaVersion: 1,
      registration: 'r',
      startedAt: 1,
      transcript: [],
      checkpoints: [],
    };
    const store = fakeStore({
      attempts: [
        { ...base, id: 'old', scenarioTitle: 'Older', finishedAt: 1, status: 'abandoned', outcome: null, score: null },
        { ...base, id: 'new', scenarioTitle: 'Newer', finishedAt: 5, status: 'completed', outcome: 'partial', score: { overall: 61, dimensions: [], miti: [], outcome: 'partial', decisions: [] } },
      ],
    });
    renderApp({ hash: '#/history', store });
    const links = await screen.findAllByRole('link', { name: /Older|Newer/ });
    expect(links.map((l) => l.textContent)).toEqual(['Newer', 'Older']);
    expect(links[0]).toHaveAttribute('href', '#/debrief/new');
    expect(screen.getByText(/Partial alliance · Score 61 \/ 100/)).toBeInTheDocument();
    expect(screen.getByText(/Ended early/)).toBeInTheDocument();
  });
});
