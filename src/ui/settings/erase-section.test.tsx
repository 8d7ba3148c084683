import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppDataContext, type AppData } from '../data/app-data-context';
import { DEFAULT_SETTINGS } from '../data/store-port';
import { fakeStore, type FakeStore } from '../test-util/fake-store';
import { EraseSection } from './erase-section';

function renderErase(store: FakeStore) {
  const reload = vi.fn();
  const data = { store, settings: DEFAULT_SETTINGS, profile: null, profiles: [], notices: [], error: null } as unknown as AppData;
  render(
    <AppDataContext.Provider value={data}>
      <EraseSection reload={reload} />
    </AppDataContext.Provider>,
  );
  return reload;
}

describe('EraseSection', () => {
  it('asks first, and keeping the records changes nothing', async () => {
    const user = userEvent.setup();
    const store = fakeStore();
    const reload = renderErase(store);
    await user.click(screen.getByRole('button', { name: 'Erase everything on this device' }));
    expect(screen.getByRole('dialog', { name: 'Erase everything on this device?' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Keep my records' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.data.profiles).toHaveLength(1);
    expect(reload).not.toHaveBeenCalled();
  });

  it('erases every record and the app’s own localStorage entries, then starts afresh', async () => {
    const user = userEvent.setup();
    const store = fakeStore();
    localStorage.setItem('common-ground.library.practised', '1');
    localStorage.setItem('another-site-key', 'kept');
    sessionStorage.setItem('common-ground.xapi-launch', '{"endpoint":"https://lrs.example/"}');
    const reload = renderErase(store);
    await user.click(screen.getByRole('button', { name: 'Erase everything on this device' }));
    await user.click(screen.getByRole('button', { name: 'Erase everything' }));
    await waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(store.data.profiles).toEqual([]);
    expect(localStorage.getItem('common-ground.library.practised')).toBeNull();
    expect(localStorage.getItem('another-site-key')).toBe('kept');
    // A launch's LRS access goes too, not only what the database holds.
    expect(sessionStorage.getItem('common-ground.xapi-launch')).toBeNull();
    localStorage.removeItem('another-site-key');
  });

  it('says nothing was erased when the browser refuses, and does not restart', async () => {
    const user = userEvent.setup();
    const store = fakeStore();
    store.clearAll = () => Promise.reject(new Error('blocked'));
    localStorage.setItem('common-ground.library.practised', '1');
    const reload = renderErase(store);
    await user.click(screen.getByRole('button', { name: 'Erase everything on this device' }));
    await user.click(screen.getByRole('button', { name: 'Erase everything' }));
    expect(await screen.findByText(/Nothing was erased/)).toBeVisible();
    expect(localStorage.getItem('common-ground.library.practised')).toBe('1');
    expect(reload).not.toHaveBeenCalled();
    localStorage.clear();
  });
});
