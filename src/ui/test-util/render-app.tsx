import { render } from '@testing-library/react';
import { vi, type Mock } from 'vitest';
import { App } from '../app/app';
import type { AudioPort } from '../audio/audio-port';
import type { ScenarioSource } from '../scenarios/scenario-source';
import { fakeStore, type FakeStore } from './fake-store';
import { fakeSource } from './fixtures';

/** An AudioPort whose every method is a spy. */
export function spyAudioPort(): { [K in keyof AudioPort]: Mock<AudioPort[K]> } {
  return {
    prepare: vi.fn(),
    unlock: vi.fn(() => Promise.resolve()),
    setVolume: vi.fn(),
    setMuted: vi.fn(),
    setAmbient: vi.fn(),
    playCue: vi.fn(),
    playVoice: vi.fn(),
    speak: vi.fn(),
    stopVoice: vi.fn(),
    dispose: vi.fn(),
  };
}

interface Options {
  hash?: string;
  store?: FakeStore;
  source?: ScenarioSource;
  audio?: AudioPort;
}

/** Renders the whole app at a hash route with in-memory storage, fixtures and spy audio. */
export function renderApp({ hash = '#/', store = fakeStore(), source = fakeSource(), audio = spyAudioPort() }: Options = {}) {
  window.history.replaceState(null, '', hash);
  const utils = render(<App loadStore={() => Promise.resolve(store)} scenarios={source} audio={audio} />);
  return { ...utils, store, source, audio };
}
