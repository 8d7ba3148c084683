import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Profile } from '../../storage/storage.types';
import { fakeStore } from '../test-util/fake-store';
import { renderApp } from '../test-util/render-app';

const fakePin = (pin: string) => ({ scheme: 'sha256-salted' as const, salt: 'fake', rounds: 1, hash: `fake:${pin}` });

function twoProfiles(lockedId: string): Profile[] {
  return [
    { id: lockedId, displayName: 'Alex', programId: null, createdAt: 1, pin: fakePin('4821') },
    { id: `${lockedId}-ben`, displayName: 'Ben', programId: null, createdAt: 2 },
  ];
}

const pinField = () => screen.findByLabelText('PIN for Alex');

describe('PinGate', () => {
  it('asks for the PIN of a protected profile before any page, and says it is not encryption', async () => {
    const user = userEvent.setup();
    const store = fakeStore({ profiles: twoProfiles('gate-1'), settings: { activeProfileId: 'gate-1' } as never });
    renderApp({ hash: '#/history', store });
    const field = await pinField();
    await waitFor(() => expect(field).toHaveFocus());
    expect(screen.getByRole('heading', { level: 1, name: 'Alex’s practice is locked' })).toBeVisible();
    expect(screen.getByText(/privacy screen for shared computers, not encryption/)).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Your history' })).toBeNull();

    await user.type(field, '1111{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('That PIN is not right. 2 more tries before a short wait.');
    await user.type(field, '4821{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your history' })).toBeVisible();
  });

  it('waits after three wrong PINs, keeps the field usable, and lets it try again when the wait ends', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const store = fakeStore({ profiles: twoProfiles('gate-2'), settings: { activeProfileId: 'gate-2' } as never });
      renderApp({ hash: '#/history', store });
      const field = await pinField();
      for (const wrong of ['1111', '2222', '3333']) await user.type(field, `${wrong}{Enter}`);
      expect(screen.getByRole('alert')).toHaveTextContent('Too many tries: wait 30 seconds, then try again.');
      await user.type(field, '4821{Enter}');
      expect(screen.getByRole('alert')).toHaveTextContent(/^Too many tries: wait \d+ seconds/);
      expect(screen.queryByRole('heading', { name: 'Your history' })).toBeNull();
      await act(() => vi.advanceTimersByTimeAsync(30_000));
      expect(screen.getByRole('alert')).toHaveTextContent('You can try again now.');
      await user.type(field, '4821{Enter}');
      expect(await screen.findByRole('heading', { level: 1, name: 'Your history' })).toBeVisible();
    } finally {
      vi.useRealTimers();
    }
  });

  it('switches to another profile from the lock, and locks again on switching back', async () => {
    const user = userEvent.setup();
    const store = fakeStore({ profiles: twoProfiles('gate-3'), settings: { activeProfileId: 'gate-3' } as never });
    renderApp({ hash: '#/settings', store });
    await pinField();
    await user.click(screen.getByRole('button', { name: 'Switch to Ben' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await user.selectOptions(screen.getByLabelText('Active profile'), 'gate-3');
    expect(await pinField()).toBeVisible();
  });

  it('shows everything at once for a profile without a PIN, and stays open when one is set', async () => {
    const user = userEvent.setup();
    const store = fakeStore();
    renderApp({ hash: '#/settings', store });
    await user.type(await screen.findByLabelText('PIN (4 to 12 digits)'), '2468');
    await user.type(screen.getByLabelText('Type it again'), '2468');
    await user.click(screen.getByRole('button', { name: 'Set PIN' }));
    expect(await screen.findByText(/PIN set\./)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    expect(store.data.profiles[0]?.pin?.hash).toBe('fake:2468');
  });
});
