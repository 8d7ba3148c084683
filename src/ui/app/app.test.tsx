import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../test-util/render-app';

describe('App shell', () => {
  it('has a skip link, the main navigation and instructor links', async () => {
    renderApp();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Library' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'History' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Settings' })).toBeInTheDocument();
    const tools = screen.getByRole('navigation', { name: 'Instructor tools' });
    expect(within(tools).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('href', '#/dashboard');
    expect(within(tools).getByRole('link', { name: 'Author' })).toHaveAttribute('href', '#/author');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
  });

  it('routes by hash and focuses the new page heading', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('heading', { level: 1, name: /practise the conversation/i });
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(heading).toHaveFocus();
    expect(document.title).toBe('Settings · Common Ground');
  });

  it('explains an unknown address', async () => {
    renderApp({ hash: '#/nowhere' });
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /scenario library/i })).toHaveAttribute('href', '#/');
  });

  it('shows storage notices plainly', async () => {
    const { store } = renderApp();
    await screen.findByRole('heading', { level: 1 });
    await vi.waitFor(() => expect(store.data.settings.activeProfileId).toBe('p1'));
    act(() => store.emit({ kind: 'other-tab', message: 'Common Ground is open in another tab.' }));
    expect(await screen.findByText('Common Ground is open in another tab.')).toBeInTheDocument();
  });

  it('creates a first profile for a brand-new trainee', async () => {
    const { fakeStore } = await import('../test-util/fake-store');
    const store = fakeStore({ profiles: [], settings: { activeProfileId: null } as never });
    renderApp({ store });
    await vi.waitFor(() => expect(store.data.profiles).toHaveLength(1));
    expect(store.data.settings.activeProfileId).toBe(store.data.profiles[0]?.id);
  });
});
