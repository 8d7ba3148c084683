import type * as HowlerNamespace from 'howler';
import type { Howl as HowlType } from 'howler';
import {
  AMBIENT_LEVEL,
  CUE_FILES,
  CUE_LEVEL,
  resolveAssetUrl,
  ROOM_TONE_FILE,
  type AudioPort,
  type UiCue,
} from './audio-port';
import { createSpeech } from './speech';

type HowlerModule = typeof HowlerNamespace;

/**
 * The howler-backed AudioPort. Howler is imported dynamically on unlock (the
 * first user gesture), which keeps it out of the first-load bundle and means
 * no sound can start before the trainee has interacted.
 */
export function createHowlerAudio(): AudioPort {
  let howler: HowlerModule | null = null;
  let loading: Promise<void> | null = null;
  let volume = 0.8;
  let muted = false;
  let ambientOn = false;
  let ambient: HowlType | null = null;
  let voice: HowlType | null = null;
  const cues = new Map<UiCue, HowlType>();
  const speech = createSpeech();

  const startAmbient = () => {
    if (!howler || ambient) return;
    ambient = new howler.Howl({ src: [resolveAssetUrl(ROOM_TONE_FILE)], loop: true, volume: AMBIENT_LEVEL });
    ambient.play();
  };
  const stopAmbient = () => {
    ambient?.unload();
    ambient = null;
  };

  return {
    unlock() {
      loading ??= import('howler').then((module) => {
        howler = module;
        module.Howler.volume(volume);
        module.Howler.mute(muted);
        if (ambientOn) startAmbient();
      });
      return loading;
    },
    setVolume(next) {
      volume = next;
      howler?.Howler.volume(next);
      speech.setVolume(next);
    },
    setMuted(next) {
      muted = next;
      howler?.Howler.mute(next);
      speech.setMuted(next);
    },
    setAmbient(on) {
      ambientOn = on;
      if (on) startAmbient();
      else stopAmbient();
    },
    playCue(cue) {
      if (!howler || muted) return;
      let sound = cues.get(cue);
      if (!sound) {
        sound = new howler.Howl({ src: [resolveAssetUrl(CUE_FILES[cue])], volume: CUE_LEVEL });
        cues.set(cue, sound);
      }
      sound.play();
    },
    playVoice(path) {
      if (!howler) return;
      voice?.unload();
      voice = new howler.Howl({ src: [resolveAssetUrl(path)] });
      voice.play();
    },
    speak(text) {
      if (howler) speech.speak(text);
    },
    stopVoice() {
      voice?.stop();
      speech.cancel();
    },
    dispose() {
      voice?.unload();
      stopAmbient();
      cues.forEach((sound) => sound.unload());
      cues.clear();
      speech.cancel();
    },
  };
}
