import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withRecordTransfer } from '../../export/backup/record-transfer';
import { openStore as openBareStore, type OpenStoreOptions } from '../../storage';
import type { Store } from '../../storage/store.types';
import { fakeAttempt } from '../../storage/testing/fake-records';
import { buildExportFile, serializeExportFile } from '../../export/backup/export-file';
import { ScenarioSourceProvider } from '../scenarios/scenario-source';
import { fakeSource } from '../test-util/fixtures';
import { exportText, genuineAttempt, raisedScore } from '../test-util/genuine-records';
import { ImportExportPanel } from './import-export-panel';

const stores: Store[] = [];
const openStore = async (options: OpenStoreOptions) => withRecordTransfer(await openBareStore(options));
afterEach(() => stores.splice(0).forEach((store) => store.close()));

async function memoryStore() {
  const store = await openStore({ memory: true });
  stores.push(store);
  const profile = await store.profiles.create('Ana');
  await store.attempts.save(fakeAttempt({ id: 'a1', profileId: profile.id }));
  return { store, profile };
}

function captureDownloads() {
  const blobs: Blob[] = [];
  const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:records';
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return { blobs, restore: () => [create, revoke, click].forEach((spy) => spy.mockRestore()) };
}

function chooseFile(text: string, name = 'records.json') {
  fireEvent.change(screen.getByLabelText('Records file to import'), { target: { files: [new File([text], name)] } });
}

describe('ImportExportPanel', () => {
  it('downloads the profile’s records as JSON and as CSV', async () => {
    // jsdom has no object URLs; define them so they can be spied on.
    if (!('createObjectURL' in URL)) Object.assign(URL, { createObjectURL: () => '' });
    if (!('revokeObjectURL' in URL)) Object.assign(URL, { revokeObjectURL: () => {} });
    const { store, profile } = await memoryStore();
    const downloads = captureDownloads();
    render(<ImportExportPanel transfer={store} profile={profile} />);

    await userEvent.click(screen.getByRole('button', { name: 'Download records (JSON)' }));
    expect(await screen.findByText(/downloaded as a JSON file/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Download spreadsheet (CSV)' }));
    expect(await screen.findByText(/downloaded as a spreadsheet/)).toBeInTheDocument();

    expect(JSON.parse(await downloads.blobs[0]!.text())).toMatchObject({ kind: 'common-ground-export' });
    expect(await downloads.blobs[1]!.text()).toMatch(/^Trainee,/);
    downloads.restore();
  });

  it('asks before importing, then reports what was added and skipped', async () => {
    const source = await memoryStore();
    const text = await source.store.exportJson(source.profile.id);
    const target = await openStore({ memory: true });
    stores.push(target);
    const me = await target.profiles.create('Ben');
    const onImported = vi.fn();
    render(<ImportExportPanel transfer={target} profile={me} onImported={onImported} />);

    chooseFile(text);
    const dialog = await screen.findByRole('dialog', { name: 'Import these records?' });
    expect(dialog).toHaveTextContent('records.json holds 1 attempt by Ana.');
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Imported 1 attempt; added 1 profile. Attempts by Ana are under that profile',
    );
    expect(onImported).toHaveBeenCalledWith({ ok: true, profilesAdded: 1, attemptsAdded: 1, attemptsSkipped: 0 });
    expect((await target.attempts.listByProfile(source.profile.id)).records).toHaveLength(1);
  });

  it('turns away a damaged file at once, without asking', async () => {
    const { store, profile } = await memoryStore();
    const importJson = vi.spyOn(store, 'importJson');
    render(<ImportExportPanel transfer={store} profile={profile} />);

    chooseFile('{"kind":"common-ground-export","exportVersion":1,', 'half.json');

    expect(await screen.findByRole('alert')).toHaveTextContent('half.json: The file ends too early');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(importJson).not.toHaveBeenCalled();
  });

  it('says so when a chosen file cannot be read, and imports nothing', async () => {
    const { store, profile } = await memoryStore();
    const importJson = vi.spyOn(store, 'importJson');
    render(<ImportExportPanel transfer={store} profile={profile} />);
    const unreadable = new File(['{}'], 'gone.json');
    vi.spyOn(unreadable, 'text').mockRejectedValue(new Error('The file was moved'));

    fireEvent.change(screen.getByLabelText('Records file to import'), { target: { files: [unreadable] } });

    expect(await screen.findByRole('alert')).toHaveTextContent('gone.json could not be opened: The file was moved. Nothing was imported.');
    expect(importJson).not.toHaveBeenCalled();
  });

  it('cancelling the confirmation imports nothing', async () => {
    const { store, profile } = await memoryStore();
    const text = await store.exportJson(profile.id);
    const importJson = vi.spyOn(store, 'importJson');
    render(<ImportExportPanel transfer={store} profile={profile} />);
    chooseFile(text);
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(importJson).not.toHaveBeenCalled();
  });
});

describe('ImportExportPanel with impossible records', () => {
  it('says before and after importing which records are left out, and imports the rest', async () => {
    const target = await openStore({ memory: true });
    stores.push(target);
    const me = await target.profiles.create('Ben');
    render(<ImportExportPanel transfer={target} profile={me} />);
    const file = buildExportFile(
      [me],
      [fakeAttempt({ id: 'fine', profileId: me.id }), fakeAttempt({ id: 'odd', profileId: me.id, scenarioTitle: 'Odd', finishedAt: 9e15 })],
    );

    chooseFile(serializeExportFile(file));
    const dialog = await screen.findByRole('dialog', { name: 'Import these records?' });
    expect(dialog).toHaveTextContent(
      'records.json holds 1 attempt by Ben.1 record in it has impossible dates, scores or choices and will be left out.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Imported 1 attempt. 1 record could not be imported: The attempt at “Odd” (attempts[1]) was not imported: its finish time is not a possible date.',
    );
    expect((await target.attempts.listByProfile(me.id)).records.map((a) => a.id)).toEqual(['fine']);
  });

  it('turns away deeply nested JSON with a message, without asking', async () => {
    const { store, profile } = await memoryStore();
    render(<ImportExportPanel transfer={store} profile={profile} />);
    chooseFile(`{"kind":"common-ground-export","attempts":${'['.repeat(50_000)}${']'.repeat(50_000)}}`, 'deep.json');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'deep.json: This is not a Common Ground export file: its contents are nested',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('ImportExportPanel re-scores what it imports', () => {
  const scenarios = fakeSource();
  const compiled = scenarios.compiled[0]!;

  it('imports a raised, re-checksummed score as the score its transcript gives, and says so', async () => {
    const target = await openStore({ memory: true });
    stores.push(target);
    const me = await target.profiles.create('Ben');
    const earned = genuineAttempt(compiled, ['dismiss'], { profileId: me.id });
    render(
      <ScenarioSourceProvider source={scenarios}>
        <ImportExportPanel transfer={target} profile={me} />
      </ScenarioSourceProvider>,
    );

    chooseFile(exportText([me], [raisedScore(earned)]));
    const dialog = await screen.findByRole('dialog', { name: 'Import these records?' });
    const flagged = `“Nobody listens”: Claimed 100, transcript gives ${earned.score!.overall}`;
    expect(dialog).toHaveTextContent(flagged);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      `Imported 1 attempt. Scores: 1 attempt re-scored from the transcript (${flagged}).`,
    );
    expect((await target.attempts.get(earned.id, me.id))?.score).toEqual(earned.score);
  });
});
