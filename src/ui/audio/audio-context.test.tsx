import { fireEvent, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppDataContext, type AppData } from '../data/app-data-context';
import { DEFAULT_SETTINGS } from '../data/store-port';

const played: string[] = [];
const Howler = { volume: vi.fn(), mute: vi.fn(), autoUnlock: true, ctx: { resume: vi.fn(async () => {}) } };

vi.mock('howler', () => ({
  Howler,
  Howl: vi.fn(function Howl(this: object, options: { src: string[] }) {
    return { play: () => played.push(options.src[0] ?? ''), stop: vi.fn(), unload: vi.fn() };
  }),
}));

const { AudioProvider, useAudio } = await import('./audio-context');

function PlayClip() {
  const audio = useAudio();
  return (
    <button type="button" onClick={() => audio.playVoice('audio/x/1.ogg')}>
      Play
    </button>
  );
}

function renderProvider(settings = DEFAULT_SETTINGS) {
  const data = { settings } as AppData;
  return render(
    <StrictMode>
      <AppDataContext.Provider value={data}>
        <AudioProvider>
          <PlayClip />
        </AudioProvider>
      </AppDataContext.Provider>
    </StrictMode>,
  );
}

beforeEach(() => {
  played.length = 0;
  Howler.volume.mockClear();
  Howler.mute.mockClear();
});

describe('AudioProvider', () => {
  it('still plays after React’s development double mount (mount, unmount, mount)', async () => {
    renderProvider();
    fireEvent.pointerDown(window);
    await vi.waitFor(() => expect(Howler.volume).toHaveBeenCalled());
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(played).toEqual([new URL('audio/x/1.ogg', document.baseURI).href]);
  });

  it('passes the saved volume and mute setting to the player it creates', async () => {
    renderProvider({ ...DEFAULT_SETTINGS, volume: 0.4, muted: true });
    fireEvent.keyDown(window, { key: 'Tab' });
    await vi.waitFor(() => expect(Howler.volume).toHaveBeenCalledWith(0.4));
    expect(Howler.mute).toHaveBeenLastCalledWith(true);
  });
});
