import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FreeTextTurn } from '../../storage/storage.types';
import { fakeStore } from '../test-util/fake-store';
import { renderApp } from '../test-util/render-app';
import { playedAttempt } from './debrief-fixtures';

const LATER = { timeout: 5000 };

function openTyped(answers: FreeTextTurn[]) {
  const played = playedAttempt(['reflect', 'goal']);
  const transcript = played.transcript.map((entry, i) => ({ ...entry, freeText: answers[i]! }));
  return renderApp({ hash: '#/debrief/att-1', store: fakeStore({ attempts: [{ ...played, transcript }] }) });
}

describe('the debrief of a free-text attempt', () => {
  it('shows the trainee’s words beside each chosen option, as text, with the override and MITI from their words', async () => {
    openTyped([
      {
        words: 'You sound <b>fed up</b> with all this.',
        codes: [{ code: 'CR', confidence: 0.9 }],
        behaviour: 'reflection',
        kind: 'complex',
        closestChoiceId: 'reflect',
        overridden: false,
      },
      {
        words: 'What would you like to get back to doing?',
        codes: [{ code: 'GOAL', confidence: 0.8 }],
        behaviour: 'question',
        kind: 'open',
        closestChoiceId: 'argue',
        overridden: true,
      },
    ]);
    const transcript = await screen.findByRole('region', { name: 'Your conversation, decision by decision' }, LATER);
    expect(within(transcript).getByText('“You sound <b>fed up</b> with all this.”')).toBeInTheDocument();
    expect(transcript.querySelector('b')).toBeNull();
    expect(transcript).toHaveTextContent('You changed the reader’s closest option (“You have to try harder.”) to the one below.');
    const own = screen.getByRole('region', { name: 'Your own words' });
    expect(own).toHaveTextContent('You typed 2 of 2 responses; you changed the reader’s closest option 1 time.');
    const table = within(own).getByRole('table');
    expect(within(table).getByRole('row', { name: /Reflections for each question/ })).toHaveTextContent('1:1');
    expect(within(table).getByRole('row', { name: /complex/ })).toHaveTextContent('100%');
  });

  it('says when the program did not keep the words', async () => {
    openTyped([
      { codes: [], behaviour: 'other', closestChoiceId: 'reflect', overridden: false },
      { codes: [], behaviour: 'question', kind: 'open', closestChoiceId: 'goal', overridden: false },
    ]);
    const transcript = await screen.findByRole('region', { name: 'Your conversation, decision by decision' }, LATER);
    expect(within(transcript).getAllByText('not kept (your program’s setting)')).toHaveLength(2);
  });
});
