import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAttemptStatements } from '../../export/xapi/attempt-statements';
import { attemptRecord, xapiContext } from '../../export/xapi/testing/play-fixture';
import { AppDataContext, type AppData } from '../data/app-data-context';
import { DEFAULT_SETTINGS } from '../data/store-port';
import { LrsStatementsPanel } from './lrs-statements-panel';

const LRS = {
  endpoint: 'https://lrs.example/xAPI/',
  key: 'k',
  secret: 's',
  homePage: 'https://program.example',
  kind: 'dashboard-read' as const,
};
type Saved = Omit<typeof LRS, 'kind'> & { kind?: 'learner-write' | 'dashboard-read' };

function renderPanel(lrs: Saved | null) {
  const addAttempts = vi.fn(async () => {});
  const data = { settings: { ...DEFAULT_SETTINGS, lrs } } as AppData;
  render(
    <AppDataContext.Provider value={data}>
      <LrsStatementsPanel addAttempts={addAttempts} busy={false} />
    </AppDataContext.Provider>,
  );
  return addAttempts;
}

afterEach(() => vi.unstubAllGlobals());

describe('LRS statements panel (dashboard)', () => {
  it('points to Settings when no LRS is configured', () => {
    renderPanel(null);
    expect(screen.getByRole('heading', { name: 'From a Learning Record Store' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '#/settings');
  });

  it('does not read with a learner’s write-only credential', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderPanel({ ...LRS, kind: 'learner-write' });
    expect(screen.queryByRole('button', { name: 'Load statements' })).toBeNull();
    expect(screen.getByText(/write-only credential, which cannot read the cohort/)).toBeInTheDocument();
    renderPanel({ ...LRS, kind: undefined });
    expect(screen.queryByRole('button', { name: 'Load statements' })).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('never follows a `more` link to another server, and says so', async () => {
    const user = userEvent.setup();
    const statements = buildAttemptStatements(
      xapiContext('c0000000-0000-4000-8000-000000000003'),
      attemptRecord('c0000000-0000-4000-8000-000000000003', 90),
    );
    const fetchMock = vi.fn(async () => Response.json({ statements, more: '//evil.example/xAPI/statements' }));
    vi.stubGlobal('fetch', fetchMock);
    const addAttempts = renderPanel(LRS);
    await user.click(screen.getByRole('button', { name: 'Load statements' }));
    expect(await screen.findByText(/pointed to a different server/)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(addAttempts).not.toHaveBeenCalled();
  });

  it('loads every page of statements and adds the finished attempts to the dashboard', async () => {
    const user = userEvent.setup();
    const done = buildAttemptStatements(
      xapiContext('c0000000-0000-4000-8000-000000000001'),
      attemptRecord('c0000000-0000-4000-8000-000000000001', 77),
    );
    const running = buildAttemptStatements(
      xapiContext('c0000000-0000-4000-8000-000000000002'),
      attemptRecord('c0000000-0000-4000-8000-000000000002'),
    ).slice(0, 3);
    const all = [...done, ...running];
    const pages = [
      { statements: all.slice(0, 6), more: '/xAPI/statements?cursor=2' },
      { statements: all.slice(6), more: '' },
    ];
    const fetchMock = vi.fn(async () => Response.json(pages.shift()));
    vi.stubGlobal('fetch', fetchMock);
    const addAttempts = renderPanel(LRS);
    await user.type(screen.getByLabelText('From'), '2024-01-01');
    await user.click(screen.getByRole('button', { name: 'Load statements' }));
    expect(
      await screen.findByText(
        new RegExp(`Loaded ${all.length} statements: 1 finished attempt added\\. 1 unfinished attempt not counted yet`),
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(addAttempts).toHaveBeenCalledTimes(1));
    const [[source, attempts]] = addAttempts.mock.calls as unknown as [[string, { overall: number; attemptId: string }[]]];
    expect(source).toBe('LRS: lrs.example');
    expect(attempts).toMatchObject([{ attemptId: 'c0000000-0000-4000-8000-000000000001', overall: 77 }]);
    const firstUrl = decodeURIComponent((fetchMock.mock.calls[0] as unknown as [string])[0]);
    expect(firstUrl).toContain('related_activities=true');
    expect(firstUrl).toContain('since=');
    expect((fetchMock.mock.calls[1] as unknown as [string])[0]).toBe('https://lrs.example/xAPI/statements?cursor=2');
  });
});
