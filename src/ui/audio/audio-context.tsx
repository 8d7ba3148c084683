import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useAppData } from '../data/app-data-context';
import { silentAudioPort, type AudioPort } from './audio-port';
import { createHowlerAudio } from './howler-audio';

const AudioContext = createContext<AudioPort>(silentAudioPort());

/** The app's AudioPort. */
export function useAudio(): AudioPort {
  return useContext(AudioContext);
}

/**
 * Creates the audio port, unlocks it on the first pointer or key gesture and
 * keeps it in step with the persisted volume and mute settings (the play
 * screen prepares it and switches ambient room tone on and off itself).
 * Unmounting releases its sounds; the port outlives that, because React's
 * development double mount (mount, unmount, mount) keeps using it.
 */
export function AudioProvider({ port: given, children }: { port?: AudioPort; children: ReactNode }) {
  const [port] = useState<AudioPort>(() => given ?? createHowlerAudio());
  const { settings } = useAppData();

  useEffect(() => {
    const unlock = () => {
      void port.unlock();
      window.removeEventListener('pointerdown', unlock, true);
      window.removeEventListener('keydown', unlock, true);
    };
    window.addEventListener('pointerdown', unlock, true);
    window.addEventListener('keydown', unlock, true);
    return () => {
      window.removeEventListener('pointerdown', unlock, true);
      window.removeEventListener('keydown', unlock, true);
    };
  }, [port]);

  useEffect(() => port.setVolume(settings.volume), [port, settings.volume]);
  useEffect(() => port.setMuted(settings.muted), [port, settings.muted]);
  useEffect(() => () => port.dispose(), [port]);

  return <AudioContext.Provider value={port}>{children}</AudioContext.Provider>;
}
