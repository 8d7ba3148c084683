import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test-util/render-app';

describe('SettingsPage', () => {
  it('saves mode, time limits, sound and motion as they change', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ hash: '#/settings' });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await user.click(screen.getByRole('radio', { name: 'Realistic' }));
    await user.click(screen.getByRole('radio', { name: 'Four times as long' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mute all sound' }));
    await user.click(screen.getByRole('checkbox', { name: /room tone/ }));
    await user.click(screen.getByRole('checkbox', { name: /speech synthesis/ }));
    await user.click(screen.getByRole('radio', { name: 'Reduce motion' }));
    await waitFor(() =>
      expect(store.data.settings).toMatchObject({
        mode: 'realistic',
        timeLimitFactor: 4,
        muted: true,
        ambient: true,
        speechSynthesis: true,
        reducedMotion: 'reduce',
      }),
    );
    await user.click(screen.getByRole('radio', { name: 'No time limits' }));
    await waitFor(() => expect(store.data.settings.timeLimitFactor).toBeNull());
    expect(document.documentElement.dataset.motion).toBe('reduce');
  });

  it('creates a profile and switches to it', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ hash: '#/settings' });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await user.type(screen.getByLabelText('New profile name'), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Create profile' }));
    expect(await screen.findByText('Created and switched to “Sam”.')).toBeInTheDocument();
    expect(store.data.profiles.map((p) => p.displayName)).toEqual(['Alex', 'Sam']);
    expect(screen.getByLabelText('Active profile')).toHaveDisplayValue('Sam');
    await user.selectOptions(screen.getByLabelText('Active profile'), 'Alex');
    await waitFor(() => expect(store.data.settings.activeProfileId).toBe('p1'));
  });

  it('refuses an empty profile name with a message', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#/settings' });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await user.click(screen.getByRole('button', { name: 'Create profile' }));
    expect(screen.getByText('Enter a name for the new profile.')).toBeInTheDocument();
  });

  it('leaves room for the Learning Record Store settings', async () => {
    renderApp({ hash: '#/settings' });
    expect(await screen.findByRole('heading', { name: 'Learning Record Store' })).toBeInTheDocument();
  });
});
