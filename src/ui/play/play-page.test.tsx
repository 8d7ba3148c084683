import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { choiceOrder } from '../../engine/trainee';
import { fakeStore } from '../test-util/fake-store';
import { renderApp } from '../test-util/render-app';
import { createSession } from '../scenarios/engine';
import { fakeSource } from '../test-util/fixtures';
import { registerAttemptObserver } from './attempt-observers';
import { playedAttempt } from '../debrief/debrief-fixtures';

const PLAY = '#/play/back-pain';

// New attempts draw their choice-order seed here; tests fix it. The default
// seed shows the opening's two responses in the reverse of their written
// order, so a test that pressed "1" for the first written response would fail.
const seeds = vi.hoisted(() => ({ next: 0 }));
vi.mock('./new-seed', () => ({ newChoiceSeed: () => seeds.next }));
const opening = fakeSource().compiled[0]!.scenario.nodes[0]!;
const REVERSED = Array.from({ length: 64 }, (_, seed) => seed).find(
  (seed) => choiceOrder(seed, opening.id, opening.choices)[0]!.id === 'dismiss',
)!;
seeds.next = REVERSED;

/** The number key of the response named `name` where it is shown now, as a keyboard user reads it. */
function keyOf(name: RegExp): string {
  const button = within(screen.getByRole('group', { name: 'Responses' })).getByRole('button', { name });
  return button.getAttribute('aria-keyshortcuts') ?? '';
}
const pressKeyOf = async (user: UserEvent, name: RegExp) => user.keyboard(keyOf(name));

async function openPlay(options: Parameters<typeof renderApp>[0] = {}) {
  const utils = renderApp({ hash: PLAY, ...options });
  const responses = await screen.findByRole('group', { name: 'Responses' });
  return { ...utils, responses };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('PlayPage', () => {
  it('shows the patient, their line, the nonverbal cue and numbered response buttons', async () => {
    const { responses } = await openPlay();
    expect(screen.getByRole('heading', { level: 1, name: 'Nobody listens' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Illustration of Dana Reyes, looking/ })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Patient: Dana Reyes' })).toHaveTextContent(
      'United Kingdom · NHS outpatient physiotherapy',
    );
    expect(screen.getAllByText('Arms crossed.').length).toBeGreaterThan(0);
    const log = screen.getByRole('region', { name: 'Conversation' });
    expect(within(log).getByText('Well? Another one.')).toBeInTheDocument();
    const buttons = within(responses).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['1Your scan was normal.', '2You sound fed up with being passed around.']);
  });

  it("shows the responses in the attempt's order, and a number key answers the response shown at that place", async () => {
    const user = userEvent.setup();
    const { store } = await openPlay();
    await waitFor(() => expect(store.data.inProgress[0]?.seed).toBe(REVERSED));
    await user.keyboard('1');
    expect(await screen.findByRole('heading', { level: 1, name: /Debrief: Walked out/ }, { timeout: 10_000 })).toBeInTheDocument();
    await waitFor(() => expect(store.data.attempts[0]?.transcript[0]?.choiceId).toBe('dismiss'), { timeout: 10_000 });
  });

  it('gives each new attempt a fresh seed, and a resumed one its saved seed', async () => {
    const user = userEvent.setup();
    const { store, unmount } = await openPlay();
    await pressKeyOf(user, /fed up/);
    await screen.findByRole('button', { name: /What matters most/ });
    unmount();
    seeds.next = REVERSED + 1;
    await openPlay({ store });
    expect(store.data.inProgress[0]?.seed).toBe(REVERSED);
    await user.click(screen.getByRole('button', { name: 'Restart' }));
    await user.click(await screen.findByRole('button', { name: 'Start again' }));
    await waitFor(() => expect(store.data.inProgress[0]?.seed).toBe(REVERSED + 1));
    await waitFor(() => expect(store.data.attempts[0]?.seed).toBe(REVERSED));
    seeds.next = REVERSED;
  });

  it('resumes a conversation saved before seeds existed in the written order', async () => {
    const source = fakeSource();
    const session = createSession(source.compiled[0]!);
    const snapshot = session.persist();
    session.stop();
    const old = JSON.parse(snapshot) as { context: Record<string, unknown> };
    delete old.context.seed;
    const store = fakeStore({
      inProgress: [
        {
          profileId: 'p1',
          scenarioId: 'back-pain',
          contentHash: source.compiled[0]!.contentHash,
          registration: 'reg-1',
          startedAt: 1,
          updatedAt: 2,
          snapshot: JSON.stringify(old),
          checkpoints: [],
        },
      ],
    });
    const { responses } = await openPlay({ store, source });
    expect(
      within(responses)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['1You sound fed up with being passed around.', '2Your scan was normal.']);
    await waitFor(() => expect(store.data.inProgress[0]).not.toHaveProperty('seed'));
  });

  it('announces the new patient line once, with the speaker, through a polite live region', async () => {
    const user = userEvent.setup();
    const { responses } = await openPlay();
    const live = document.querySelector('[aria-live="polite"][aria-atomic="true"]');
    expect(live).toHaveTextContent('Dana Reyes: Well? Another one.');
    await user.click(within(responses).getByRole('button', { name: /fed up/ }));
    expect(live).toHaveTextContent('Dana Reyes: So what now?');
  });

  it('plays a soft cue on each new patient line', async () => {
    const user = userEvent.setup();
    const { responses, audio } = await openPlay();
    expect(audio.playCue).toHaveBeenCalledWith('line');
    const before = vi.mocked(audio.playCue).mock.calls.length;
    await user.click(within(responses).getByRole('button', { name: /fed up/ }));
    // The new turn renders as a deferred update (see usePlayState): wait for it, not for the click.
    await waitFor(() => expect(vi.mocked(audio.playCue).mock.calls.length).toBe(before + 1));
  });

  it('records a choice in the transcript and returns focus to the responses', async () => {
    const user = userEvent.setup();
    const { responses } = await openPlay();
    await user.click(within(responses).getByRole('button', { name: /fed up/ }));
    const log = screen.getByRole('region', { name: 'Conversation' });
    expect(within(log).getByText('You sound fed up with being passed around.')).toBeInTheDocument();
    expect(await within(log).findByText('So what now?')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Responses' })).toHaveFocus();
  });

  it('chooses with the number keys', async () => {
    const user = userEvent.setup();
    await openPlay();
    await pressKeyOf(user, /fed up/);
    expect(await screen.findByRole('button', { name: /What matters most/ })).toBeInTheDocument();
  });

  it('saves progress after every turn so a reload can resume', async () => {
    const user = userEvent.setup();
    const { store } = await openPlay();
    await waitFor(() => expect(store.data.inProgress).toHaveLength(1));
    const first = store.data.inProgress[0];
    await pressKeyOf(user, /fed up/);
    await waitFor(() => expect(store.data.inProgress[0]?.snapshot).not.toBe(first?.snapshot));
    const saved = store.data.inProgress[0];
    expect(saved?.registration).toBe(first?.registration);
    expect(saved?.checkpoints.length).toBe(2);
  });

  it('resumes a saved conversation at the same point', async () => {
    const user = userEvent.setup();
    const { store, unmount } = await openPlay();
    await pressKeyOf(user, /fed up/);
    await screen.findByRole('button', { name: /What matters most/ });
    unmount();
    await openPlay({ store });
    expect(screen.getByRole('button', { name: /What matters most/ })).toBeInTheDocument();
    expect(screen.getByText('You sound fed up with being passed around.')).toBeInTheDocument();
  });

  it('shows anger and trust meters with numbers in coach mode and hides them in realistic mode', async () => {
    const { unmount } = await openPlay();
    expect(screen.getByText('Anger')).toBeInTheDocument();
    expect(screen.getByText('Trust')).toBeInTheDocument();
    expect(screen.getByText('60')).toBeInTheDocument();
    unmount();
    await openPlay({ store: fakeStore({ settings: { mode: 'realistic' } as never }) });
    expect(screen.queryByText('Anger')).not.toBeInTheDocument();
  });

  it('shows a response timer as a bar and text, scaled by the time-limit setting', async () => {
    await openPlay({ store: fakeStore({ settings: { timeLimitFactor: 2 } as never }) });
    expect(screen.getByRole('timer')).toHaveTextContent('40 s left to respond');
  });

  it('hides the timer when time limits are off', async () => {
    await openPlay({ store: fakeStore({ settings: { timeLimitFactor: null } as never }) });
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });

  it('pauses behind an overlay that stops the timer', async () => {
    const user = userEvent.setup();
    await openPlay();
    const reflectKey = keyOf(/fed up/);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    const dialog = await screen.findByRole('dialog', { name: 'Paused' });
    expect(screen.getByRole('timer')).toHaveTextContent(/Paused/);
    await user.keyboard(reflectKey);
    expect(screen.queryByRole('button', { name: /What matters most/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Resume' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('timer')).not.toHaveTextContent(/Paused/);
  });

  it('asks before leaving and saves the attempt as abandoned on "End attempt"', async () => {
    const user = userEvent.setup();
    const { store } = await openPlay();
    await pressKeyOf(user, /fed up/);
    await user.click(screen.getByRole('button', { name: 'Leave' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave this conversation?' });
    expect(dialog).toHaveTextContent(/saves it in your history as abandoned/);
    await user.click(within(dialog).getByRole('button', { name: 'End attempt' }));
    await waitFor(() => expect(store.data.attempts).toHaveLength(1));
    expect(store.data.attempts[0]?.status).toBe('abandoned');
    expect(store.data.inProgress).toHaveLength(0);
    await waitFor(() => expect(window.location.hash).toBe('#/'));
  });

  it('keeps the conversation resumable on "Save and leave"', async () => {
    const user = userEvent.setup();
    const { store } = await openPlay();
    await user.click(screen.getByRole('button', { name: 'Leave' }));
    await user.click(await screen.findByRole('button', { name: 'Save and leave' }));
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    expect(store.data.inProgress).toHaveLength(1);
    expect(store.data.attempts).toHaveLength(0);
  });

  it('saves a scored attempt at the ending, tells observers and opens the debrief', async () => {
    const user = userEvent.setup();
    const events: string[] = [];
    const off = registerAttemptObserver({
      started: (info) => void events.push(`started:${info.resumed}`),
      answered: (entry) => void events.push(`answered:${entry.choiceId}`),
      completed: (record) => void events.push(`completed:${record.status}`),
    });
    const { store } = await openPlay();
    await pressKeyOf(user, /fed up/);
    await user.click(await screen.findByRole('button', { name: /What matters most/ }));
    // The ending panel's heading may already have given way to the debrief page's: wait for the page.
    expect(await screen.findByRole('heading', { level: 1, name: /Debrief: A plan together/ }, { timeout: 10_000 })).toBeInTheDocument();
    await waitFor(() => expect(store.data.attempts).toHaveLength(1), { timeout: 10_000 });
    const record = store.data.attempts[0];
    expect(record?.status).toBe('completed');
    expect(record?.outcome).toBe('alliance');
    expect(record?.transcript).toHaveLength(2);
    expect(record?.score?.dimensions).toHaveLength(5);
    expect(record?.registration).toMatch(/^[0-9a-f-]{36}$/);
    expect(record?.seed).toBe(REVERSED);
    expect(store.data.inProgress).toHaveLength(0);
    await waitFor(() => expect(window.location.hash).toBe(`#/debrief/${record?.id}?scenario=${record?.scenarioId}`), { timeout: 10_000 });
    expect(events).toEqual(['started:false', 'answered:reflect', 'answered:goal', 'completed:completed']);
    off();
  });

  it('asks before restarting, then starts a new attempt', async () => {
    const user = userEvent.setup();
    const { store } = await openPlay();
    await pressKeyOf(user, /fed up/);
    await user.click(screen.getByRole('button', { name: 'Restart' }));
    await user.click(await screen.findByRole('button', { name: 'Start again' }));
    expect(await screen.findByRole('button', { name: /fed up/ })).toBeInTheDocument();
    await waitFor(() => expect(store.data.attempts[0]?.status).toBe('abandoned'));
  });

  it('says so when the scenario cannot be found', async () => {
    renderApp({ hash: '#/play/missing' });
    expect(await screen.findByRole('heading', { name: 'This scenario could not be opened' })).toBeInTheDocument();
  });

  it('moves on when the time limit runs out', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await openPlay();
    await act(async () => {
      vi.advanceTimersByTime(21_000);
    });
    expect(await screen.findByText('You said nothing before the time ran out.')).toBeInTheDocument();
  });

  it('finishes an attempt whose ending was reached just before a reload', async () => {
    const source = fakeSource();
    const session = createSession(source.compiled[0]!);
    session.send({ type: 'CHOOSE', choiceId: 'dismiss' });
    const snapshot = session.persist();
    session.stop();
    const store = fakeStore({
      inProgress: [
        {
          profileId: 'p1',
          scenarioId: 'back-pain',
          contentHash: source.compiled[0]!.contentHash,
          registration: 'reg-1',
          startedAt: 1,
          updatedAt: 2,
          snapshot,
          checkpoints: [],
        },
      ],
    });
    renderApp({ hash: PLAY, store, source });
    await waitFor(() => expect(store.data.attempts).toHaveLength(1), { timeout: 10_000 });
    expect(store.data.attempts[0]).toMatchObject({ status: 'completed', outcome: 'escalated', registration: 'reg-1' });
    expect(await screen.findByRole('heading', { level: 1, name: /Debrief: Walked out/ }, { timeout: 10_000 })).toBeInTheDocument();
  });
});

describe('PlayPage with a damaged save', () => {
  const source = fakeSource();
  const compiled = source.compiled[0]!;
  const session = createSession(compiled);
  session.send({ type: 'CHOOSE', choiceId: 'reflect' });
  const good = session.persist();
  session.stop();
  const finished = playedAttempt(['reflect', 'goal'], { id: 'earlier' });

  it.each([
    ['garbage', 'ÿ garbage, not JSON'],
    ['truncated', good.slice(0, Math.floor(good.length * 0.6))],
    ['from another scenario', good.replaceAll('back-pain', 'another-scenario')],
    ['in a state the scenario does not have', good.replace('"value":"plan"', '"value":"no-such-node"')],
  ])('says so plainly for a %s snapshot, keeps it, and starts afresh only when asked', async (_name, snapshot) => {
    const damaged = {
      profileId: 'p1',
      scenarioId: 'back-pain',
      contentHash: compiled.contentHash,
      registration: 'reg-1',
      startedAt: 1,
      updatedAt: 2,
      snapshot,
      checkpoints: [],
    };
    const store = fakeStore({ inProgress: [damaged], attempts: [finished] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderApp({ hash: PLAY, store, source });

    expect(await screen.findByRole('heading', { level: 1, name: 'This attempt could not be resumed' })).toBeInTheDocument();
    expect(
      screen.getByText('This attempt could not be resumed: its saved state is damaged. Your earlier attempts are safe.'),
    ).toBeInTheDocument();
    expect(store.data.inProgress).toEqual([damaged]);
    expect(store.data.attempts).toEqual([finished]);

    await userEvent.click(screen.getByRole('button', { name: 'Start afresh' }));
    expect(await screen.findByRole('group', { name: 'Responses' })).toBeInTheDocument();
    await waitFor(() => expect(store.data.inProgress[0]?.registration).not.toBe('reg-1'));
    expect(store.data.inProgress).toHaveLength(1);
    expect(store.data.attempts).toEqual([finished]);
    expect(warn).toHaveBeenCalledWith('Saved conversation could not be resumed', expect.any(Error));
    warn.mockRestore();
  });
});
