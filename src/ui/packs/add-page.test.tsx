import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { packOf, templateInput } from '../../export/packs/testing/pack-fixtures';
import { renderApp } from '../test-util/render-app';
import { storeWithPacks } from './testing/pack-store';

const titled = (id: string, title: string) => templateInput(id, (s) => s.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`));
const fileOf = (bytes: Uint8Array, name = 'week-3.cgpack.zip') =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/zip' });

async function addFile(file: File) {
  const user = userEvent.setup();
  const input = await screen.findByLabelText('Choose a pack file…');
  // The picker is disabled until storage has opened (slow on a loaded machine), and
  // an upload into a disabled input is silently dropped.
  await waitFor(() => expect(input).toBeEnabled(), { timeout: 15_000 });
  await user.upload(input, file);
  return user;
}

afterEach(() => vi.unstubAllGlobals());

const mp3 = new Uint8Array(readFileSync('public/audio/carer-barriers/barriers-1-ba113bac.mp3'));
/** The knee visit with a voice clip for its opening line. */
const voiced = () => ({
  ...titled('knee-visit', 'The knee visit'),
  clips: new Map([['opening-1', { bytes: mp3, extension: 'mp3' as const }]]),
});

describe('Add scenarios', () => {
  it('adds a pack by file, lists it in the library marked with its source, and removes it after asking', async () => {
    const store = await storeWithPacks();
    renderApp({ hash: '#/add', store });
    await screen.findByRole('heading', { level: 1, name: 'Add scenarios' });
    const user = await addFile(fileOf(packOf(titled('knee-visit', 'The knee visit'))));
    expect(await screen.findByText(/Added a scenario from “week-3.cgpack.zip”: “The knee visit”/)).toBeVisible();

    await user.click(screen.getByRole('link', { name: 'Go to the library' }));
    const card = (await screen.findByRole('heading', { level: 2, name: 'The knee visit' })).closest('article')!;
    expect(await within(card).findByText(/Added from week-3.cgpack.zip on/)).toBeVisible();
    await user.click(within(card).getByRole('button', { name: 'Remove: The knee visit' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove “The knee visit”?' });
    expect(dialog).toHaveTextContent(/can no longer be re-checked/);
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: 'The knee visit' })).toBeNull());
  });

  it('rejects a pack with one error, keeps nothing, and shows the diagnostic in plain words', async () => {
    const store = await storeWithPacks();
    renderApp({ hash: '#/add', store });
    const broken = templateInput('broken-visit');
    broken.source = broken.source.replace(/^difficulty: .*$/m, 'difficulty: impossible');
    await addFile(fileOf(packOf(titled('knee-visit', 'The knee visit'), broken)));
    const rejected = await screen.findByRole('region', { name: '“week-3.cgpack.zip” was not added' });
    expect(within(rejected).getByRole('heading', { level: 3, name: 'scenarios/broken-visit.scenario.yaml' })).toBeVisible();
    expect(rejected).toHaveTextContent(/Line \d+, column \d+: .+\(SCN\d{3}\)\./);
    expect(rejected).toHaveTextContent(/How to fix it:/);
    expect((await store.packScenarios!.list()).records).toEqual([]);
  });

  it('shows HTML in a pack as text, never as markup', async () => {
    const store = await storeWithPacks();
    const { container } = renderApp({ hash: '#/add', store });
    await addFile(fileOf(packOf(titled('knee-visit', '<img src=x onerror=alert(1)>Knee'))));
    // Checking the pack (on the page in tests) takes a few seconds on a loaded machine.
    await screen.findByText(/Added a scenario/, undefined, { timeout: 15_000 });
    window.location.hash = '#/';
    expect(await screen.findByRole('heading', { level: 2, name: '<img src=x onerror=alert(1)>Knee' })).toBeVisible();
    expect(container.querySelector('img')).toBeNull();
  });

  it('asks before replacing a scenario with a new version, naming both, and keeps the old one when told to', async () => {
    const store = await storeWithPacks();
    renderApp({ hash: '#/add', store });
    const user = await addFile(fileOf(packOf(titled('knee-visit', 'The knee visit'))));
    // Checking the pack (on the page in tests) takes a few seconds on a loaded machine.
    await screen.findByText(/Added a scenario/, undefined, { timeout: 15_000 });
    await user.upload(
      screen.getByLabelText('Choose a pack file…'),
      fileOf(packOf(titled('knee-visit', 'The knee visit, revised')), 'week-4.cgpack.zip'),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Replace a scenario you already have?' });
    expect(dialog).toHaveTextContent(
      /“The knee visit”: the version from week-3.cgpack.zip, published .* would be replaced by “The knee visit, revised” in week-4.cgpack.zip/,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Keep what I have' }));
    expect(await screen.findByText(/Nothing was changed/)).toBeVisible();
    expect((await store.packScenarios!.list()).records.map((r) => r.compiled.scenario.title)).toEqual(['The knee visit']);

    await user.upload(
      screen.getByLabelText('Choose a pack file…'),
      fileOf(packOf(titled('knee-visit', 'The knee visit, revised')), 'week-4.cgpack.zip'),
    );
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Replace it' }));
    await screen.findByText(/Added a scenario from “week-4.cgpack.zip”/);
    const records = (await store.packScenarios!.list()).records;
    expect(records.map((r) => [r.compiled.scenario.title, r.replacedAt === null])).toEqual([
      ['The knee visit', false],
      ['The knee visit, revised', true],
    ]);
  });

  it('adds a pack from a link on its own site, and refuses a link to another site', async () => {
    const bytes = packOf(titled('knee-visit', 'The knee visit'));
    const fetchSpy = vi.fn(async () => new Response(bytes as Uint8Array<ArrayBuffer>, { status: 200 }));
    vi.stubGlobal('fetch', fetchSpy);
    const store = await storeWithPacks();
    renderApp({ hash: '#/add?pack=packs%2Fweek-3.cgpack.zip', store });
    expect(await screen.findByText(/Added a scenario from “week-3.cgpack.zip”/)).toBeVisible();
    expect(String((fetchSpy.mock.calls[0] as unknown[])[0])).toBe(new URL('packs/week-3.cgpack.zip', location.href).href);
  });

  it('refuses a link to a pack on another site without fetching it', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    renderApp({ hash: '#/add?pack=https%3A%2F%2Fexample.org%2Fbad.cgpack.zip', store: await storeWithPacks() });
    expect(await screen.findByRole('alert')).toHaveTextContent(/only from this app's own site/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('keeps a pack’s voice clips with the scenario it added', async () => {
    const store = await storeWithPacks();
    renderApp({ hash: '#/add', store });
    const input = voiced();
    await addFile(fileOf(packOf(input)));
    await screen.findByText(/Added a scenario/, undefined, { timeout: 15_000 });
    const { records } = await store.packScenarios!.clips(input.contentHash);
    expect(records.map((clip) => [clip.line, clip.kind, clip.bytes.length])).toEqual([['opening-1', 'mp3', mp3.length]]);
  });

  it('says plainly why a pack over the voice clip budget was not added', async () => {
    const store = await storeWithPacks();
    const budget = Object.assign(new Error('Its voice clips take 12 MB, and this browser keeps at most 50 MB.'), {
      name: 'PackClipBudgetError',
    });
    store.packScenarios = { ...store.packScenarios!, add: vi.fn(async () => Promise.reject(budget)) };
    renderApp({ hash: '#/add', store });
    await addFile(fileOf(packOf(voiced())));
    expect(
      await screen.findByText('Its voice clips take 12 MB, and this browser keeps at most 50 MB.', undefined, { timeout: 15_000 }),
    ).toBeVisible();
  });
});
