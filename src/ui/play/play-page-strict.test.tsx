import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../app/app';
import { fakeStore } from '../test-util/fake-store';
import { fakeSource } from '../test-util/fixtures';
import { spyAudioPort } from '../test-util/render-app';
import { registerAttemptObserver } from './attempt-observers';

describe('PlayPage under StrictMode', () => {
  it('starts one attempt, saves it as one, and answers once per choice, though effects run twice', async () => {
    const store = fakeStore();
    const started = vi.fn();
    const answered = vi.fn();
    const off = registerAttemptObserver({ started, answered });
    const save = vi.spyOn(store.inProgress, 'save');
    window.history.replaceState(null, '', '#/play/back-pain');
    render(
      <StrictMode>
        <App loadStore={async () => store} scenarios={fakeSource()} audio={spyAudioPort()} />
      </StrictMode>,
    );
    const responses = await screen.findByRole('group', { name: 'Responses' }, { timeout: 10_000 });
    await waitFor(() => expect(store.data.inProgress).toHaveLength(1));
    expect(started).toHaveBeenCalledTimes(1);
    const registrations = new Set(save.mock.calls.map(([record]) => record.registration));
    expect(registrations.size).toBe(1);

    await userEvent.click(within(responses).getByRole('button', { name: /fed up/ }));
    expect(await screen.findByRole('button', { name: /What matters most/ })).toBeInTheDocument();
    expect(answered).toHaveBeenCalledTimes(1);
    off();
  });
});
