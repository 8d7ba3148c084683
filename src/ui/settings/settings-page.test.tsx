import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildExportFile, serializeExportFile } from '../../export/records';
import { playedAttempt } from '../debrief/debrief-fixtures';
import { fakeStore } from '../test-util/fake-store';
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

  it('says plainly that the patients’ voices are synthetic', async () => {
    renderApp({ hash: '#/settings' });
    const sound = await screen.findByRole('region', { name: 'Sound' });
    expect(within(sound).getByText(/voices are synthetic: a computer speaks them/)).toBeInTheDocument();
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

  it('edits the active profile’s name and program ID, keeping the same profile', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ hash: '#/settings' });
    const name = await screen.findByRole('textbox', { name: 'Your name' });
    expect(name).toHaveValue('Alex');
    await user.clear(name);
    await user.type(name, 'Alex Morgan');
    await user.type(screen.getByRole('textbox', { name: /Program ID/ }), 'PT-88');
    await user.click(screen.getByRole('button', { name: 'Update name and program ID' }));

    expect(await screen.findByText('Saved: “Alex Morgan”, program ID PT-88.')).toBeInTheDocument();
    expect(store.data.profiles).toEqual([expect.objectContaining({ id: 'p1', displayName: 'Alex Morgan', programId: 'PT-88' })]);
    expect(screen.getByLabelText('Active profile')).toHaveDisplayValue('Alex Morgan (PT-88)');
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

describe('SettingsPage after an import', () => {
  it('lists the profiles a History import added, without a reload, and the import named them', async () => {
    const store = fakeStore();
    renderApp({ hash: '#/history', store });
    await screen.findByRole('heading', { name: 'No attempts yet' });
    const day = Date.UTC(2025, 0, 2);
    const ben = { id: 'p-ben', displayName: 'Ben', programId: null, createdAt: day };
    // Same name as the trainee on screen, but another profile: its attempts do not show under this Alex.
    const otherAlex = { id: 'p-alex-2', displayName: 'Alex', programId: null, createdAt: day };
    const attempt = (id: string, profileId: string) => ({
      ...playedAttempt(['reflect', 'goal'], { id, profileId }),
      startedAt: day,
      finishedAt: day + 60_000,
    });
    const text = serializeExportFile(
      buildExportFile([ben, otherAlex], [attempt('by-ben', ben.id), attempt('by-other-alex', otherAlex.id)]),
    );

    fireEvent.change(screen.getByLabelText('Records file to import'), { target: { files: [new File([text], 'backup.json')] } });
    await userEvent.click(await screen.findByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/^Imported 2 attempts/)).toHaveTextContent(
      'Imported 2 attempts; added 2 profiles. Attempts by Ben and another profile named Alex are under their own profiles: switch to one in Settings to see its attempts.',
    );

    act(() => {
      window.location.hash = '#/settings';
    });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    const options = within(screen.getByLabelText('Active profile')).getAllByRole('option');
    // The two Alexes are labelled apart by the end of their profile ids.
    expect(options.map((option) => [option.getAttribute('value'), option.textContent])).toEqual([
      ['p1', 'Alex (…p1)'],
      ['p-ben', 'Ben'],
      ['p-alex-2', 'Alex (…ex-2)'],
    ]);
  });
});
