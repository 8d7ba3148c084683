import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScoreCard } from '../../engine/trainee';
import { fakeStore } from '../test-util/fake-store';
import { renderApp } from '../test-util/render-app';
import { playedAttempt } from './debrief-fixtures';

const scoring = vi.hoisted(() => ({ pending: null as null | ((card: ScoreCard | null) => void) }));
vi.mock('../scenarios/score-attempt-async', async () => {
  const { scoreAttemptSafely } = await import('../scenarios/score');
  return {
    scoreAttemptAsync: (...args: Parameters<typeof scoreAttemptSafely>) =>
      new Promise((resolve) => {
        scoring.pending = () => resolve(scoreAttemptSafely(...args));
      }),
  };
});

function open(choices: string[], overrides = {}) {
  const store = fakeStore({ attempts: [playedAttempt(choices, overrides)] });
  return renderApp({ hash: '#/debrief/att-1', store });
}

beforeEach(() => {
  scoring.pending = null;
});

/** The panels below the summary arrive in later renders (use-staged-reveal.ts), and role queries are slow on a busy machine. */
const LATER = { timeout: 5000 };
const decisionsIn = (section: HTMLElement) => [...section.querySelectorAll<HTMLElement>('.key-decisions > li')];

describe('DebriefPage', () => {
  it('leads with the outcome, what happens next, the overall score and the five dimensions as a chart', async () => {
    open(['reflect', 'goal']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Debrief: A plan together' })).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('Alliance built')).toBeInTheDocument();
    expect(summary).toHaveTextContent('What happens next: They agree.');
    expect(summary).toHaveTextContent(/Overall score \d+ \/ 100/);
    const chart = within(summary).getByRole('figure', { name: /five alliance dimensions/ });
    expect(within(chart).getByRole('img')).toHaveTextContent('Bond');
    const rows = within(chart).getAllByRole('row', { hidden: true });
    expect(rows).toHaveLength(6);
    expect(summary).toHaveTextContent(/Bond: (strong|developing|the one to work on)\./);
    expect(screen.getByRole('link', { name: 'Try this scenario again' })).toHaveAttribute('href', '#/play/back-pain');
  });

  it('charts anger and trust over the conversation, with a table', async () => {
    open(['reflect', 'goal']);
    const chart = await screen.findByRole('figure', { name: 'Dana Reyes’s anger and trust, decision by decision' }, LATER);
    expect(within(chart).getByRole('img')).toHaveAccessibleName(/anger went from 60 to \d+/);
    const rows = within(chart)
      .getAllByRole('row', { hidden: true })
      .map((row) => row.textContent);
    expect(rows[0]).toBe('MomentAngerTrust');
    expect(rows[1]).toBe('Start6030');
    expect(rows).toHaveLength(4);
  });

  it('shows the MITI-style indicators against their thresholds', async () => {
    open(['reflect', 'goal']);
    const section = await screen.findByRole('region', { name: /MITI-style indicators/ });
    expect(within(section).getByRole('figure', { name: /^Complex reflections: 100%, good$/ })).toBeInTheDocument();
    expect(within(section).getByRole('figure', { name: /^Reflections per question: 1:1, fair$/ })).toBeInTheDocument();
    expect(within(section).getAllByRole('figure')).toHaveLength(4);
  });

  it('annotates each decision behind a disclosure: patient line, choice, codes with definitions, effect, and a retry link', async () => {
    open(['reflect', 'goal']);
    const card = await screen.findByRole('article', { name: /Decision 1/ }, LATER);
    const transcript = screen.getByRole('region', { name: 'Your conversation, decision by decision' });
    expect(card.closest('details')).not.toHaveAttribute('open');
    expect(within(transcript).getByText('all 2 decisions')).toBeInTheDocument();
    expect(card).toHaveTextContent('Dana Reyes: “Well? Another one.”');
    expect(card).toHaveTextContent('You: “You sound fed up with being passed around.”');
    expect(card).toHaveTextContent('Anger 60 → 54');
    expect(card).toHaveTextContent('Effect: anger \u22126, trust +3');
    const code = within(card).getByText('Complex reflection (CR)');
    expect(code.closest('details')).toHaveTextContent(/Builds the alliance\. Reflects the feeling or meaning/);
    expect(within(card).getByRole('link', { name: /^Try again from this decision ?\(decision 1\)$/ })).toHaveAttribute(
      'href',
      '#/play/back-pain?from=att-1:0',
    );
    expect(screen.getByRole('article', { name: /Decision 2/ })).toHaveTextContent('“What matters most to you?”');
  });

  it('leads the decisions to learn from with your line, what it did and the better option; why and most evidence on request', async () => {
    open(['dismiss']);
    const key = await screen.findByRole('region', { name: 'Decisions to learn from' }, LATER);
    const items = decisionsIn(key);
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item).toHaveTextContent('To rehearse, decision 1');
    expect(item).toHaveTextContent(
      /You said “Your scan was normal\.” Dana's anger rose from 60 to \d+ .*and the conversation ended \(Walked out\)\./,
    );
    expect(item).toHaveTextContent('Better: “You sound fed up with being passed around.”');
    const why = within(item).getByText('Why').closest('details')!;
    expect(why).not.toHaveAttribute('open');
    expect(why).toHaveTextContent(/Your response was dismiss or invalidate \(DIS\)\..*The stronger option was complex reflection \(CR\)\./);
    expect(why).not.toHaveTextContent(/: it /);
    const sources = within(item).getByRole('list', { name: 'Evidence for decision 1' });
    await within(sources).findByRole('button', { name: /Linton 2012: validation vs invalidation/ });
    expect(within(sources).getAllByRole('button')).toHaveLength(1);
    expect(within(item).getByRole('list', { name: 'More evidence for decision 1' })).toHaveTextContent(/MITI/);
    expect(
      within(item)
        .getByText(/^\d+ more sources?$/)
        .closest('details'),
    ).not.toHaveAttribute('open');

    const card = await screen.findByRole('article', { name: /Decision 1.*Worth rehearsing/ }, LATER);
    expect(card.closest('details')).not.toHaveAttribute('open');
    await userEvent.click(within(key).getByRole('button', { name: /^In the conversation ?\(decision 1\)$/ }));
    expect(card).toHaveFocus();
    expect(card.closest('details')).toHaveAttribute('open');
    expect(card).toHaveTextContent(/Why: Your response was dismiss/i);
    await userEvent.click(
      await within(within(card).getByRole('list', { name: 'Evidence for decision 1' })).findByRole('button', {
        name: /Linton 2012: validation vs invalidation/,
      }),
    );
    const dialog = screen.getByRole('dialog', { name: /Linton 2012/ });
    expect(dialog).toHaveTextContent(/Confidence/);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('for a strong attempt, says what went well and that nothing was left on the table', async () => {
    open(['reflect', 'goal']);
    const key = await screen.findByRole('region', { name: 'Decisions to learn from' }, LATER);
    expect(key).toHaveTextContent('None of your decisions left much on the table');
    const items = decisionsIn(key);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toHaveTextContent(/^Went well, decision \d/);
    expect(key).toHaveTextContent(/You said “(You sound fed up with being passed around\.|What matters most to you\?)”/);
  });

  it('says “Scoring your conversation…” while an unscored ending is scored, then shows the debrief', async () => {
    open(['reflect', 'goal'], { score: null });
    expect(await screen.findByRole('heading', { name: 'Scoring your conversation…' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    await waitFor(() => expect(scoring.pending).not.toBeNull());
    scoring.pending?.(null);
    scoring.pending = null;
    expect(await screen.findByRole('region', { name: 'Summary' })).toHaveTextContent(/Overall score/);
  });

  it('shows an ended-early attempt without a score, still with its decisions', async () => {
    open(['reflect']);
    expect(await screen.findByRole('heading', { level: 1, name: /ended early/ })).toBeInTheDocument();
    expect(screen.getByText(/has no score/)).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: /Decision 1/ })).toBeInTheDocument();
  });

  it('“Try again from this decision” continues from that decision’s checkpoint as a new attempt', async () => {
    const { store } = open(['reflect', 'goal']);
    const card = await screen.findByRole('article', { name: /Decision 2/ });
    expect(card).toHaveTextContent('Anger 54 → ');
    await userEvent.click(within(card).getByRole('link', { name: /^Try again from this decision/ }));

    const responses = await screen.findByRole('group', { name: 'Responses' });
    expect(screen.getByText(/You are trying decision 2 again/)).toBeInTheDocument();
    expect(window.location.hash).toBe('#/play/back-pain');
    expect(within(responses).getByRole('button', { name: /What matters most to you\?/ })).toBeInTheDocument();
    expect(screen.getByText('So what now?')).toBeInTheDocument();
    expect(document.querySelector('.meter-anger .meter-value')).toHaveTextContent('54');

    await userEvent.click(within(responses).getByRole('button', { name: /You have to try harder/ }));
    await waitFor(() => expect(scoring.pending).not.toBeNull());
    scoring.pending?.(null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Debrief: Walked out' })).toBeInTheDocument();
    expect(store.data.attempts).toHaveLength(2);
    const retry = store.data.attempts.find((a) => a.id !== 'att-1')!;
    expect(retry.transcript.map((t) => t.choiceId)).toEqual(['reflect', 'argue']);
  });

  it('a retry link that cannot be restored opens the scenario as usual, saying why', async () => {
    renderApp({ hash: '#/play/back-pain?from=nope:1' });
    expect(await screen.findByText(/Decision 2 could not be restored \(that attempt is not saved for this profile\)/)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Responses' })).toHaveTextContent('You sound fed up');
  });

  it('says when the attempt is not this profile’s', async () => {
    renderApp({ hash: '#/debrief/nope' });
    expect(await screen.findByRole('heading', { name: 'Debrief not found' })).toBeInTheDocument();
  });
  it('shows what to do after an incident when the trainee stepped out or got help, and not otherwise', async () => {
    const attempt = playedAttempt(['reflect', 'goal']);
    const transcript = attempt.transcript.map((e, i) => (i === 0 ? { ...e, codes: [...e.codes, 'SAFE'] } : e));
    renderApp({ hash: '#/debrief/att-1', store: fakeStore({ attempts: [{ ...attempt, transcript }] }) });
    const section = await screen.findByRole('region', { name: 'After an incident' });
    expect(section).toHaveTextContent(/tell your supervisor/);
    expect(section).toHaveTextContent(/staff debrief/);
    expect(within(section).getByRole('list', { name: 'Evidence for what to do after an incident' })).toBeInTheDocument();
  });

  it('leaves the incident step out of a conversation with no threat in it', async () => {
    open(['reflect', 'goal']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Debrief: A plan together' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'After an incident' })).not.toBeInTheDocument();
  });
});
