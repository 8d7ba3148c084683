import { act, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fakeStore, type FakeStore } from '../test-util/fake-store';
import { useAppData } from './app-data-context';
import { AppDataProvider } from './app-data-provider';
import type { StorePort } from './store-port';

function TimeLimitButton() {
  const { settings, updateSettings } = useAppData();
  return (
    <button type="button" onClick={() => void updateSettings({ timeLimitFactor: null })}>
      {`limit ${String(settings.timeLimitFactor)}`}
    </button>
  );
}

function FactorFourButton() {
  const { updateSettings } = useAppData();
  return (
    <button type="button" onClick={() => void updateSettings({ timeLimitFactor: 4 })}>
      four
    </button>
  );
}

/**
 * Each settings write is stored at once, in order, as IndexedDB would, but its confirmation
 * (the stored settings handed back) waits until the test releases it.
 */
function holdConfirmations(store: FakeStore) {
  const gates: (() => void)[] = [];
  const update = store.settings.update;
  store.settings.update = async (patch) => {
    const saved = await update(patch);
    await new Promise<void>((resolve) => gates.push(resolve));
    return saved;
  };
  return { held: () => gates.length, release: (index: number) => gates[index]!() };
}

/** The active profile and one setting, with the writers that change them; each says when it has finished. */
function ProfileAndLimit() {
  const { profile, settings, updateSettings, createProfile, switchProfile } = useAppData();
  const [done, setDone] = useState<string[]>([]);
  const finished = (name: string) => () => setDone((list) => [...list, name]);
  return (
    <>
      <p>{`profile ${profile?.id ?? 'none'} · limit ${String(settings.timeLimitFactor)} · done ${done.join(' ')}`}</p>
      <button type="button" onClick={() => void updateSettings({ timeLimitFactor: 4 }).then(finished('four'))}>
        four
      </button>
      <button type="button" onClick={() => void createProfile('Sam').then(finished('create'))}>
        new profile
      </button>
      <button type="button" onClick={() => void switchProfile('p2').then(finished('switch'))}>
        switch
      </button>
    </>
  );
}

function twoProfiles(): FakeStore {
  const base = fakeStore();
  return fakeStore({
    profiles: [...base.data.profiles, { id: 'p2', displayName: 'Bo', programId: null, createdAt: 2 }],
    settings: { ...base.data.settings, timeLimitFactor: 2 },
  });
}

async function renderOpen(store: FakeStore) {
  render(
    <AppDataProvider loadStore={() => Promise.resolve(store)}>
      <ProfileAndLimit />
    </AppDataProvider>,
  );
  await screen.findByText(/^profile p1 · limit 2/);
}

const click = (name: string) => act(() => screen.getByRole('button', { name }).click());

describe('AppDataProvider', () => {
  it('keeps a change made before storage opens and writes it once storage is there', async () => {
    const store = fakeStore({ settings: { ...fakeStore().data.settings, timeLimitFactor: 2 } });
    let open: (port: StorePort) => void = () => {};
    const opening = new Promise<StorePort>((resolve) => (open = resolve));
    render(
      <AppDataProvider loadStore={() => opening}>
        <TimeLimitButton />
      </AppDataProvider>,
    );
    act(() => screen.getByRole('button').click());
    expect(screen.getByRole('button')).toHaveTextContent('limit null');
    await act(async () => open(store));
    await waitFor(() => expect(store.data.settings.timeLimitFactor).toBeNull());
    // The stored settings, once loaded, do not drag the screen back to the old value.
    expect(screen.getByRole('button')).toHaveTextContent('limit null');
  });

  it('keeps a change made while the early changes are being written, and shows it', async () => {
    const store = fakeStore({ settings: { ...fakeStore().data.settings, timeLimitFactor: 2 } });
    const writes: Partial<Record<string, unknown>>[] = [];
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const update = store.settings.update;
    // The first write (the early change) is stored at once, as IndexedDB would in order, but its
    // confirmation waits until the second change has been made.
    store.settings.update = async (patch) => {
      writes.push(patch);
      const saved = await update(patch);
      if (writes.length === 1) await held;
      return saved;
    };
    let open: (port: StorePort) => void = () => {};
    const opening = new Promise<StorePort>((resolve) => (open = resolve));
    render(
      <AppDataProvider loadStore={() => opening}>
        <TimeLimitButton />
        <FactorFourButton />
      </AppDataProvider>,
    );
    act(() => screen.getByRole('button', { name: /^limit/ }).click());
    await act(async () => open(store));
    await waitFor(() => expect(writes).toHaveLength(1));
    act(() => screen.getByRole('button', { name: 'four' }).click());
    await act(async () => release());
    await waitFor(() => expect(store.data.settings.timeLimitFactor).toBe(4));
    expect(writes).toEqual([{ timeLimitFactor: null }, { timeLimitFactor: 4 }]);
    await waitFor(() => expect(screen.getByRole('button', { name: /^limit/ })).toHaveTextContent('limit 4'));
  });

  it('does not let a new profile’s stored settings drag back a change made after it', async () => {
    const store = twoProfiles();
    const confirmations = holdConfirmations(store);
    await renderOpen(store);
    click('new profile');
    await waitFor(() => expect(confirmations.held()).toBe(1));
    click('four');
    expect(screen.getByText(/^profile/)).toHaveTextContent('limit 4');
    // The profile's write was stored before the change, so its confirmation still says 2.
    await act(async () => confirmations.release(0));
    await screen.findByText(/done create/);
    expect(screen.getByText(/^profile/)).toHaveTextContent('limit 4');
    await act(async () => confirmations.release(1));
    await screen.findByText(/^profile p-new-1 · limit 4 · done create four$/);
  });

  it('does not let an older change’s confirmation bring back the profile switched away from', async () => {
    const store = twoProfiles();
    const confirmations = holdConfirmations(store);
    await renderOpen(store);
    click('four');
    click('switch');
    await waitFor(() => expect(confirmations.held()).toBe(2));
    // Even should the older confirmation come back last, the newer write's stored settings stand.
    await act(async () => confirmations.release(1));
    await screen.findByText(/^profile p2 · limit 4 · done switch$/);
    await act(async () => confirmations.release(0));
    await screen.findByText(/done switch four$/);
    expect(store.data.settings).toMatchObject({ activeProfileId: 'p2', timeLimitFactor: 4 });
    expect(screen.getByText(/^profile/)).toHaveTextContent('profile p2 · limit 4');
  });
});
