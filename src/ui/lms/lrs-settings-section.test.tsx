import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeStore } from '../test-util/fake-store';
import { renderApp } from '../test-util/render-app';

const LRS = { endpoint: 'https://lrs.example/xAPI/', key: 'writer', secret: 'top-secret', homePage: 'https://program.example/physio' };

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('Settings → Learning Record Store', () => {
  it('validates, saves the LRS and keeps the secret in a password field', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ hash: '#/settings' });
    await screen.findByRole('heading', { name: 'Learning Record Store' });
    expect(screen.getByText(/Not configured: your attempts stay on this device/)).toBeInTheDocument();
    expect(screen.getByLabelText('Secret (password)')).toHaveAttribute('type', 'password');

    await user.type(screen.getByLabelText('xAPI endpoint'), 'not a url');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('xAPI endpoint')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('xAPI endpoint')).toHaveAccessibleDescription(/starting with https/);
    expect(store.data.settings.lrs).toBeNull();

    await user.clear(screen.getByLabelText('xAPI endpoint'));
    await user.type(screen.getByLabelText('xAPI endpoint'), LRS.endpoint);
    await user.type(screen.getByLabelText('Key (username)'), LRS.key);
    await user.type(screen.getByLabelText('Secret (password)'), LRS.secret);
    await user.type(screen.getByLabelText('Program web address'), LRS.homePage);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(store.data.settings.lrs).toEqual({ ...LRS, kind: 'learner-write' }));
    expect(await screen.findByText(/Saved\. Attempts from now on are sent/)).toBeInTheDocument();
    // Never shown again: the fields are empty and say the credential is saved.
    expect(screen.getByLabelText('Secret (password)')).toHaveValue('');
    expect(screen.getByLabelText('Key (username)')).toHaveValue('');
    expect(screen.getByLabelText('Secret (password)')).toHaveAttribute('placeholder', 'saved — replace');
    expect(screen.getByLabelText('Secret (password)')).toHaveAccessibleDescription(/Saved — type a new one to replace it/);
    expect(screen.queryByDisplayValue(LRS.secret)).toBeNull();
    expect(screen.getByText(/This device holds a write-only for this learner/)).toBeInTheDocument();
    // The sync status appears once the xAPI service has loaded.
    expect(await screen.findByText('Waiting to send', undefined, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/^\d+ statements?/)).toBeInTheDocument());
  });

  it('tests the connection and reports the result in words', async () => {
    const user = userEvent.setup();
    const fetchMock = vi.fn(async () => new Response('unauthorised', { status: 401 }));
    vi.stubGlobal('fetch', fetchMock);
    renderApp({ hash: '#/settings', store: fakeStore({ settings: { lrs: LRS } as never }) });
    await waitFor(() => expect(screen.getByLabelText('xAPI endpoint')).toHaveValue(LRS.endpoint));
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/refused the key and secret \(HTTP 401\)/)).toBeInTheDocument();
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toMatch(/^https:\/\/lrs\.example\/xAPI\/statements\?limit=1/);
    expect((init.headers as Record<string, string>).Authorization).toBe(`Basic ${btoa(`${LRS.key}:${LRS.secret}`)}`);
    expect(screen.queryByText(new RegExp(LRS.secret))).toBeNull();
    expect(await screen.findByText('Waiting to send')).toBeInTheDocument();
  });

  it('keeps the saved key and secret when only other fields change, and records the kind of credential', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ hash: '#/settings', store: fakeStore({ settings: { lrs: LRS } as never }) });
    await waitFor(() => expect(screen.getByLabelText('xAPI endpoint')).toHaveValue(LRS.endpoint));
    expect(screen.queryByDisplayValue(LRS.secret)).toBeNull();
    await user.click(screen.getByLabelText('Read credential, for the dashboard'));
    await user.clear(screen.getByLabelText('Program web address'));
    await user.type(screen.getByLabelText('Program web address'), 'https://program.example/nursing');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(store.data.settings.lrs).toEqual({ ...LRS, homePage: 'https://program.example/nursing', kind: 'dashboard-read' }),
    );
    expect(await screen.findByText(/This device holds a read credential for the dashboard/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Key (username)'), 'new-key');
    await user.type(screen.getByLabelText('Secret (password)'), 'new-secret');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(store.data.settings.lrs).toMatchObject({ key: 'new-key', secret: 'new-secret' }));
  });

  it('says when this tab’s access comes from its launch', async () => {
    const actor = { account: { homePage: 'https://program.example', name: 'learner-9' } };
    sessionStorage.setItem(
      'common-ground.xapi-launch',
      JSON.stringify({ endpoint: 'https://lrs.example/xAPI/', auth: 'Basic token', actor }),
    );
    renderApp({ hash: '#/settings' });
    expect(
      await screen.findByText(/opened with its own access to the Learning Record Store at https:\/\/lrs\.example \(from this launch\)/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Basic token/)).toBeNull();
  });

  it('removes the LRS', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ hash: '#/settings', store: fakeStore({ settings: { lrs: LRS } as never }) });
    await user.click(await screen.findByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(store.data.settings.lrs).toBeNull());
    expect(screen.getByLabelText('xAPI endpoint')).toHaveValue('');
  });
});
