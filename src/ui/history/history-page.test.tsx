import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { playedAttempt } from '../debrief/debrief-fixtures';
import { fakeStore } from '../test-util/fake-store';
import { renderApp } from '../test-util/render-app';

const good = playedAttempt(['reflect', 'goal'], { id: 'good', finishedAt: 3_000_000 });
const bad = playedAttempt(['reflect', 'argue'], { id: 'bad', finishedAt: 2_000_000 });
const early = playedAttempt(['dismiss'], { id: 'early', finishedAt: 1_000_000, scenarioTitle: 'Older' });
const other = playedAttempt(['reflect', 'goal'], { id: 'someone-else', profileId: 'p2', finishedAt: 4_000_000 });

describe('HistoryPage', () => {
  it('teaches where to start when there are no attempts, and still offers an import', async () => {
    renderApp({ hash: '#/history' });
    expect(await screen.findByRole('heading', { name: 'No attempts yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose a scenario' })).toHaveAttribute('href', '#/');
    expect(screen.getByRole('button', { name: 'Import records…' })).toBeInTheDocument();
  });

  it('shows an attempt saved after the page read the records (its debrief was still being scored)', async () => {
    const { store } = renderApp({ hash: '#/history' });
    expect(await screen.findByRole('heading', { name: 'No attempts yet' })).toBeInTheDocument();
    await act(() => store.attempts.save(good));
    expect(await screen.findByRole('region', { name: 'Your attempts' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'No attempts yet' })).not.toBeInTheDocument();
  });

  it('says when the records cannot be read, rather than that there are none, and reads again on request', async () => {
    const store = fakeStore({ attempts: [good] });
    const listByProfile = store.attempts.listByProfile;
    store.attempts.listByProfile = () => Promise.reject(new Error('The browser refused to read saved records.'));
    renderApp({ hash: '#/history', store });
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load your history. The browser refused to read saved records.');
    expect(screen.queryByRole('heading', { name: 'No attempts yet' })).not.toBeInTheDocument();
    store.attempts.listByProfile = listByProfile;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Your attempts' })).toBeInTheDocument();
  });

  it('lists only the active profile’s attempts, newest first, each linking to its debrief', async () => {
    renderApp({ hash: '#/history', store: fakeStore({ attempts: [early, bad, good, other] }) });
    const list = await screen.findByRole('region', { name: 'Your attempts' });
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(
      ['good', 'bad', 'early'].map((id) => `#/debrief/${id}?scenario=${good.scenarioId}`),
    );
    expect(list).toHaveTextContent(/Alliance built · Score \d+ \/ 100/);
    expect(list).toHaveTextContent(/Conversation escalated/);
  });

  it('charts progress per dimension, one line per scenario named in the key, each with a table', async () => {
    const elsewhere = { ...bad, id: 'elsewhere', scenarioId: 'work-injury', scenarioTitle: 'Nobody believes me', finishedAt: 2_500_000 };
    renderApp({ hash: '#/history', store: fakeStore({ attempts: [early, bad, good, elsewhere] }) });
    const section = await screen.findByRole('region', { name: 'Progress over time' });
    const figures = within(section).getAllByRole('figure');
    expect(figures.map((f) => f.querySelector('figcaption')?.textContent)).toEqual([
      'Overall score',
      'Agreement on goals',
      'Agreement on tasks',
      'Bond',
      'Trust',
      'Communication',
    ]);
    const overall = figures[0]!;
    expect(
      within(overall)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([good.scenarioTitle, 'Nobody believes me']);
    expect(overall.querySelectorAll('svg[role="img"] .chart-series-line')).toHaveLength(2);
    expect(within(overall).getByRole('img')).toHaveAccessibleName(
      /Overall score Nobody listens: 3 scored attempts, from \d+ to \d+\. Nobody believes me: 1 scored attempt, \d+\./,
    );
    const rows = within(overall).getAllByRole('row', { hidden: true });
    expect(rows[0]).toHaveTextContent('AttemptNobody listensNobody believes me');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent(/^Attempt 1\d+\d+$/);
  });

  it('overlays two attempts’ anger and trust, in distinct styles, and lets the trainee pick them', async () => {
    const { container } = renderApp({ hash: '#/history', store: fakeStore({ attempts: [early, bad, good] }) });
    const section = await screen.findByRole('region', { name: 'Compare two attempts' });
    const figure = within(section).getByRole('figure', { name: /anger and trust, attempt A and attempt B/ });
    const key = within(figure).getByRole('list', { name: 'Key' });
    expect(
      within(key)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Anger, attempt A', 'Trust, attempt A', 'Anger, attempt B', 'Trust, attempt B']);
    const lines = [...figure.querySelectorAll('svg[role="img"] .chart-series-line')];
    expect(lines).toHaveLength(4);
    expect(lines[0]).toHaveAttribute('stroke-dasharray');
    expect(lines[2]).not.toHaveAttribute('stroke-dasharray');

    const pickA = within(section).getByLabelText('Attempt A');
    expect(pickA).toHaveDisplayValue(/Conversation escalated/);
    fireEvent.change(pickA, { target: { value: 'early' } });
    expect(within(figure).getByRole('img')).toHaveAccessibleName(/Attempt A \(.*Conversation escalated/);
    const rows = within(figure).getAllByRole('row', { hidden: true });
    expect(rows[0]).toHaveTextContent('MomentAnger, attempt ATrust, attempt AAnger, attempt BTrust, attempt B');
    expect(rows[2]).toHaveTextContent(/^After decision 1/);
    expect(container.querySelector('.compare-links')).toHaveTextContent('Debrief of attempt A');
  });

  it('shows the records panel only with the attempts, so their arrival does not push it down the page', async () => {
    const store = fakeStore({ attempts: [good] });
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const list = store.attempts.listByProfile.bind(store.attempts);
    store.attempts.listByProfile = async (profileId) => {
      await gate;
      return list(profileId);
    };
    renderApp({ hash: '#/history', store });
    expect(await screen.findByText('Loading…')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download records (JSON)' })).not.toBeInTheDocument();
    release();
    expect(await screen.findByRole('button', { name: 'Download records (JSON)' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Your attempts' })).toBeInTheDocument();
  });

  it('imports a backup after confirmation and shows the new attempts', async () => {
    const store = fakeStore();
    renderApp({ hash: '#/history', store });
    await screen.findByRole('heading', { name: 'No attempts yet' });
    // Real dates: an import leaves out records dated before 2020 as impossible.
    const source = fakeStore({
      profiles: [{ id: 'p1', displayName: 'Alex', programId: null, createdAt: Date.UTC(2025, 0, 1) }],
      attempts: [{ ...good, startedAt: Date.UTC(2025, 0, 2), finishedAt: Date.UTC(2025, 0, 2, 0, 10) }],
    });
    const text = await source.exportJson('p1');
    fireEvent.change(screen.getByLabelText('Records file to import'), { target: { files: [new File([text], 'backup.json')] } });
    await userEvent.click(await screen.findByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('region', { name: 'Your attempts' })).toHaveTextContent('Nobody listens');
  });
});
