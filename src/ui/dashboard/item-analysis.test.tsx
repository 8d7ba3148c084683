import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aggregateCohort, type CohortAttempt } from '../../export/records';
import { ScenarioSourceProvider } from '../scenarios/scenario-source';
import { fakeSource } from '../test-util/fixtures';
import { ItemAnalysis } from './item-analysis';

function attempt(id: string, choiceId: string, outcome: CohortAttempt['outcome']): CohortAttempt {
  return {
    attemptId: id,
    traineeKey: id,
    traineeName: id,
    programId: null,
    scenarioId: 'back-pain',
    scenarioTitle: 'Nobody listens',
    finishedAt: 1,
    status: 'completed',
    outcome,
    overall: 50,
    dimensions: {},
    decisions: [{ nodeId: 'open', choiceId, codes: choiceId === 'reflect' ? ['CR'] : ['DIS'] }],
  };
}

describe('ItemAnalysis', () => {
  const items = aggregateCohort([
    attempt('1', 'reflect', 'alliance'),
    attempt('2', 'reflect', 'partial'),
    attempt('3', 'dismiss', 'escalated'),
  ]).items;

  it('shows how often each response was chosen, its codes and resulting outcomes', () => {
    render(<ItemAnalysis items={items} />);
    // A scenario this build does not ship keeps its ids: there are no words to show.
    const table = screen.getByRole('table', { name: /Decision point open/ });
    const reflect = within(table).getByRole('row', { name: /Response reflect/ });
    expect(
      within(reflect)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['CR', '2 (67%)', '1', '1', '0', '0', '0']);
    expect(within(table).getByRole('columnheader', { name: 'Conversation escalated' })).toBeInTheDocument();
  });

  it('names decisions by phase and patient line, and responses by their words, for scenarios this build ships', async () => {
    render(
      <ScenarioSourceProvider source={fakeSource()}>
        <ItemAnalysis items={items} />
      </ScenarioSourceProvider>,
    );
    const region = await screen.findByRole('region', { name: 'Opening: “Well? Another one.”' });
    const table = within(region).getByRole('table', { name: /^Opening: “Well\? Another one\.” · 3 responses$/ });
    expect(within(table).getByRole('rowheader', { name: '“You sound fed up with being passed around.”' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: '“Your scan was normal.”' })).toBeInTheDocument();
    expect(within(region).queryByText(/Choice|Decision point|\bopen\b/)).toBeNull();
  });

  it('scrolls a wide or long table inside its own focusable, named region', () => {
    render(<ItemAnalysis items={items} />);
    const region = screen.getByRole('region', { name: /Decision point open/ });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveClass('dashboard-table-scroll');
  });
});
