import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeStore } from '../test-util/fake-store';
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
});
