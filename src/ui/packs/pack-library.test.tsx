import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { forPlay } from '../../engine/trainee';
import { checkScenarioSource, scenarioTemplate } from '../../engine/authoring';
import { loadScenarioVersions } from '../scenarios/scenario-versions';
import { fakeSource } from '../test-util/fixtures';
import { renderApp } from '../test-util/render-app';
import type * as PackEntriesModule from './pack-entries';
import { storeWithPacks } from './testing/pack-store';

type PackEntries = typeof PackEntriesModule;

// The code that lists added scenarios, watched to see when the app fetches it.
const packView = vi.hoisted(() => ({ calls: 0 }));
vi.mock('./pack-entries', async (importOriginal) => {
  const actual = await importOriginal<PackEntries>();
  return { ...actual, packView: (...args: Parameters<typeof actual.packView>) => (packView.calls++, actual.packView(...args)) };
});

function compiledTemplate(id: string, title: string) {
  const compiled = checkScenarioSource(scenarioTemplate(id).replace(/^title: .*$/m, `title: "${title}"`), id).compiled;
  if (!compiled) throw new Error('the template did not check');
  return compiled;
}

const record = (compiled: ReturnType<typeof compiledTemplate>, addedAt: number) => ({
  contentHash: compiled.contentHash,
  scenarioId: compiled.scenario.id,
  compiled,
  pack: { name: 'week-3.cgpack.zip', publishedAt: '2026-12-01T10:00:00.000Z' },
  addedAt,
  replacedAt: null,
});

describe('scenarios added from packs, as the app plays them', () => {
  it('plays one from a direct link, waiting for storage rather than calling it unknown', async () => {
    const store = await storeWithPacks();
    await store.packScenarios!.add([record(compiledTemplate('knee-visit', 'The knee visit'), 1)]);
    renderApp({ hash: '#/play/knee-visit', store });
    expect(await screen.findByRole('group', { name: 'Responses' })).toBeVisible();
  });

  it("plays a built-in scenario from its play screen's copy, and an added one whole (packs have no copy)", async () => {
    const base = fakeSource();
    const builtIn = base.compiled[0]!;
    const loadForPlay = vi.fn(async () => forPlay(builtIn));
    const source = { ...base, loadForPlay };
    const store = await storeWithPacks();
    await store.packScenarios!.add([record(compiledTemplate('knee-visit', 'The knee visit'), 1)]);
    const first = renderApp({ hash: `#/play/${builtIn.scenario.id}`, store, source });
    expect(await screen.findByRole('group', { name: 'Responses' })).toBeVisible();
    expect(loadForPlay).toHaveBeenCalledWith(builtIn.scenario.id);
    first.unmount();
    loadForPlay.mockClear();
    renderApp({ hash: '#/play/knee-visit', store, source });
    expect(await screen.findByRole('group', { name: 'Responses' })).toBeVisible();
    expect(loadForPlay).not.toHaveBeenCalled();
  });

  it('still says a scenario that is neither built in nor added cannot be found', async () => {
    renderApp({ hash: '#/play/nowhere', store: await storeWithPacks() });
    expect(await screen.findByText(/nowhere/)).toBeVisible();
  });

  it('when the added scenarios cannot be read, counts them as none rather than waiting for them', async () => {
    const store = await storeWithPacks();
    await store.packScenarios!.add([record(compiledTemplate('knee-visit', 'The knee visit'), 1)]);
    const list = vi.fn(async () => Promise.reject(new Error('The browser refused to read it.')));
    renderApp({ hash: '#/play/knee-visit', store: { ...store, packScenarios: { ...store.packScenarios!, list } } });
    expect(await screen.findByText(/knee-visit/)).toBeVisible();
    expect(list).toHaveBeenCalled();
  });

  it('lists no added scenarios without fetching the code that lists them, and drops the last one removed', async () => {
    packView.calls = 0;
    const store = await storeWithPacks();
    const list = vi.spyOn(store.packScenarios!, 'list');
    renderApp({ hash: '#/', store });
    expect(await screen.findByRole('heading', { name: fakeSource().catalog[0]!.title })).toBeVisible();
    await waitFor(() => expect(list).toHaveResolved());
    await vi.dynamicImportSettled();
    expect(packView.calls).toBe(0);

    await store.packScenarios!.add([record(compiledTemplate('knee-visit', 'The knee visit'), 1)]);
    expect(await screen.findByRole('heading', { name: 'The knee visit' })).toBeVisible();
    expect(packView.calls).toBeGreaterThan(0);

    await store.packScenarios!.remove('knee-visit');
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'The knee visit' })).toBeNull());
  });

  it('finds a replaced version by its hash, so attempts played with it can be re-checked', async () => {
    const older = compiledTemplate('knee-visit', 'Version one');
    const newer = compiledTemplate('knee-visit', 'Version two');
    const source = {
      ...fakeSource(),
      loadVersion: async (hash: string) => (hash === older.contentHash ? older : null),
    };
    const versions = await loadScenarioVersions(source, [
      { scenarioId: 'knee-visit', contentHash: older.contentHash },
      { scenarioId: 'knee-visit', contentHash: newer.contentHash },
    ]);
    expect([...versions.keys()]).toEqual([older.contentHash]);
  });
});
