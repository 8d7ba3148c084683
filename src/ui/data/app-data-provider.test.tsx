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
});
