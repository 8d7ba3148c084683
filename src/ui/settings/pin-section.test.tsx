import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeStore } from '../test-util/fake-store';
import { renderApp } from '../test-util/render-app';

const fakePin = (pin: string) => ({ scheme: 'sha256-salted' as const, salt: 'fake', rounds: 1, hash: `fake:${pin}` });

async function openSettings() {
  const user = userEvent.setup();
  const store = fakeStore();
  renderApp({ hash: '#/settings', store });
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  // The section appears once storage has loaded the profile.
  await screen.findByRole('heading', { level: 2, name: 'Profile PIN' });
  return { user, store };
}

describe('PinSection', () => {
  it('says plainly that a PIN is a privacy screen, not encryption', async () => {
    await openSettings();
    expect(screen.getByText(/It is a privacy screen, not encryption/)).toBeVisible();
    expect(screen.getByText('“Alex” has no PIN.')).toBeVisible();
  });

  it('refuses a short PIN or two different ones, saving nothing', async () => {
    const { user, store } = await openSettings();
    await user.type(screen.getByLabelText('PIN (4 to 12 digits)'), '12');
    await user.type(screen.getByLabelText('Type it again'), '12');
    await user.click(screen.getByRole('button', { name: 'Set PIN' }));
    expect(screen.getByText('A PIN is 4 to 12 digits.')).toBeVisible();
    await user.type(screen.getByLabelText('PIN (4 to 12 digits)'), '34');
    await user.type(screen.getByLabelText('Type it again'), '99');
    await user.click(screen.getByRole('button', { name: 'Set PIN' }));
    expect(screen.getByText(/The two new PINs are different/)).toBeVisible();
    expect(store.data.profiles[0]).not.toHaveProperty('pin');
  });

  it('changes and removes a PIN only with the current one', async () => {
    const { user, store } = await openSettings();
    await user.type(screen.getByLabelText('PIN (4 to 12 digits)'), '1357');
    await user.type(screen.getByLabelText('Type it again'), '1357');
    await user.click(screen.getByRole('button', { name: 'Set PIN' }));
    expect(await screen.findByText('“Alex” has a PIN.')).toBeVisible();

    await user.type(screen.getByLabelText('Current PIN'), '0000');
    await user.type(screen.getByLabelText('New PIN (4 to 12 digits)'), '2468');
    await user.type(screen.getByLabelText('Type it again'), '2468');
    await user.click(screen.getByRole('button', { name: 'Change PIN' }));
    expect(await screen.findByText(/current PIN is not right/)).toBeVisible();
    expect(store.data.profiles[0]?.pin).toEqual(fakePin('1357'));

    await user.clear(screen.getByLabelText('Current PIN'));
    await user.type(screen.getByLabelText('Current PIN'), '1357');
    await user.click(screen.getByRole('button', { name: 'Change PIN' }));
    expect(await screen.findByText('PIN changed.')).toBeVisible();
    expect(store.data.profiles[0]?.pin).toEqual(fakePin('2468'));

    await user.type(screen.getByLabelText('Current PIN'), '2468');
    await user.click(screen.getByRole('button', { name: 'Remove PIN' }));
    expect(await screen.findByText('PIN removed.')).toBeVisible();
    expect(store.data.profiles[0]).not.toHaveProperty('pin');
    expect(screen.getByText('“Alex” has no PIN.')).toBeVisible();
  });
});
