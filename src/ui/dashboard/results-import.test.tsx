import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildResultsBundle, serializeResultsBundle } from '../../export/records';
import { fakeAttempt, fakeProfile } from '../../storage/testing/fake-records';
import { fakeStore } from '../test-util/fake-store';
import { fakeSource } from '../test-util/fixtures';
import { genuineAttempt } from '../test-util/genuine-records';
import { renderApp } from '../test-util/render-app';
import { DashboardPage } from './dashboard-page';

const APP = 'https://pt.example.edu/common-ground/';
const ana = fakeProfile({ id: 'p-ana', displayName: 'Ana', programId: 'PT101' });
const markup = '<img src=x onerror="alert(1)">';
const eve = fakeProfile({ id: 'p-eve', displayName: markup, programId: 'PT101' });
const a1 = fakeAttempt({ id: 'a1', profileId: ana.id });
const a2 = fakeAttempt({ id: 'a2', profileId: ana.id });

const bundleText = (profile: typeof ana, attempts: (typeof a1)[]) =>
  serializeResultsBundle(buildResultsBundle(profile, attempts, APP, Date.UTC(2026, 11, 1)));

/** A file as a folder picker gives it: with its path inside the chosen folder. */
function inFolder(name: string, text: string): File {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(file, 'webkitRelativePath', { value: `PT101 results/${name}` });
  return file;
}

describe('importing a folder of results files', () => {
  it('reports per file what it added, merged or turned away, and names each row’s source', async () => {
    render(<DashboardPage />);
    const folder = [
      inFolder('ana-1.json', bundleText(ana, [a1])),
      inFolder('ana-2.json', bundleText(ana, [a1, a2])),
      inFolder('eve.json', bundleText(eve, [fakeAttempt({ id: 'e1', profileId: eve.id })])),
      inFolder('damaged.json', bundleText(ana, [a1]).replace('"Ana"', '"Anna"')),
      inFolder('notes.txt', 'collect by Friday'),
    ];
    fireEvent.change(screen.getByLabelText('Folder of trainee files'), { target: { files: folder } });

    const status = await screen.findByText(/Loaded 3 files \(4 attempts\)/);
    expect(status).toHaveTextContent('1 file was not loaded; see below. 1 file in the folder was not .json and was passed over.');
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '4');

    const report = screen.getByText(/What each file added/).closest('details')!;
    const lines = within(report)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toEqual([
      'PT101 results/ana-1.json: added 1 attempt',
      'PT101 results/ana-2.json: added 1 attempt; 1 attempt was already loaded (counted once)',
      'PT101 results/eve.json: added 1 attempt',
    ]);
    const rejected = screen.getByRole('heading', { name: 'Files not loaded' }).parentElement!;
    expect(rejected).toHaveTextContent(/PT101 results\/damaged\.json: The file's contents do not match its checksum/);

    const table = screen.getByRole('table', { name: /per trainee and scenario/ });
    expect(within(table).getByRole('columnheader', { name: 'From' })).toBeInTheDocument();
    const anaRow = within(table).getByRole('row', { name: /^Ana/ });
    expect(anaRow).toHaveTextContent('PT101 results/ana-1.json, PT101 results/ana-2.json');
    expect(anaRow).toHaveTextContent(/^Ana \(PT101\)?.*2/);

    // A name that looks like markup is shown as those characters, never turned into an element.
    expect(within(table).getByRole('rowheader', { name: new RegExp(markup.replace(/[()]/g, '\\$&')) })).toBeInTheDocument();
    expect(table.querySelector('img')).toBeNull();
  });

  it('adds this device’s own attempts, re-scored, as rows from “this device”', async () => {
    const source = fakeSource();
    const played = genuineAttempt(source.compiled[0]!, ['reflect', 'goal']);
    renderApp({
      hash: '#/dashboard',
      store: fakeStore({
        profiles: [{ id: 'p1', displayName: 'Alex', programId: null, createdAt: Date.UTC(2025, 0, 1) }],
        attempts: [played],
      }),
      source,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Add this device’s attempts' }));

    expect(await screen.findByText(/Loaded 1 file \(1 attempt\)/)).toBeInTheDocument();
    expect(screen.getByText(/What each file added/).closest('details')).toHaveTextContent('this device: added 1 attempt');
    const table = screen.getByRole('table', { name: /per trainee and scenario/ });
    expect(within(table).getByRole('row', { name: /^Alex/ })).toHaveTextContent(/this device$/);
    expect(screen.getByRole('region', { name: 'Score checks' })).toHaveTextContent('1 attempt: score checked against the transcript.');
  });
});
