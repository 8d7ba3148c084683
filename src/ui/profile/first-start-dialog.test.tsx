import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeStore } from '../test-util/fake-store';
import { renderApp } from '../test-util/render-app';

const placeholder = { id: 'p1', displayName: 'Trainee', programId: null, createdAt: 1 };

describe('FirstStartDialog', () => {
  it('asks a brand-new trainee for a name and an optional program ID, then saves both on their profile', async () => {
    const user = userEvent.setup();
    const store = fakeStore({ profiles: [], settings: { activeProfileId: null } as never });
    renderApp({ store });

    const dialog = await screen.findByRole('dialog', { name: 'Welcome to Common Ground' });
    const name = screen.getByRole('textbox', { name: 'Your name' });
    // Focus moves in an effect after the dialog is on screen.
    await waitFor(() => expect(name).toHaveFocus());
    await user.type(name, '  Sam Lee  ');
    await user.type(screen.getByRole('textbox', { name: /Program ID/ }), 'PT-2041');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(store.data.profiles).toEqual([expect.objectContaining({ displayName: 'Sam Lee', programId: 'PT-2041' })]);
    expect(store.data.settings.askedForName).toBe(true);
  });

  it('asks an existing "Trainee" profile once and keeps its id, so its history stays', async () => {
    const user = userEvent.setup();
    const store = fakeStore({ profiles: [placeholder] });
    renderApp({ store, hash: '#/history' });

    await user.type(await screen.findByRole('textbox', { name: 'Your name' }), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(store.data.profiles).toEqual([{ ...placeholder, displayName: 'Ana' }]);
  });

  it('will not continue without a name, and says why beside the field', async () => {
    const user = userEvent.setup();
    renderApp({ store: fakeStore({ profiles: [placeholder] }) });

    await user.type(await screen.findByRole('textbox', { name: 'Your name' }), '   ');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));

    const name = screen.getByRole('textbox', { name: 'Your name' });
    expect(name).toHaveAccessibleDescription('Enter your name. It labels your records.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('keeps Tab inside the dialog', async () => {
    const user = userEvent.setup();
    renderApp({ store: fakeStore({ profiles: [placeholder] }) });
    const name = await screen.findByRole('textbox', { name: 'Your name' });
    await waitFor(() => expect(name).toHaveFocus());
    await user.tab();
    expect(screen.getByRole('textbox', { name: /Program ID/ })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save and continue' })).toHaveFocus();
    await user.tab();
    expect(name).toHaveFocus();
  });

  it('does not ask once answered, nor a trainee with their own name, nor on the instructor pages', async () => {
    const answered = fakeStore({ profiles: [placeholder], settings: { activeProfileId: 'p1', askedForName: true } as never });
    const { unmount } = renderApp({ store: answered });
    await screen.findByRole('heading', { level: 1, name: /practise the conversation/i });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    unmount();

    const named = renderApp({ store: fakeStore() });
    await screen.findByRole('heading', { level: 1, name: /practise the conversation/i });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    named.unmount();

    renderApp({ store: fakeStore({ profiles: [placeholder] }), hash: '#/dashboard' });
    await screen.findByRole('heading', { level: 1, name: 'Cohort dashboard' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
