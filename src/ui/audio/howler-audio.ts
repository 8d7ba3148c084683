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
 * Runs `task` when the main thread is idle (or soon, where there is no
 * requestIdleCallback), so it never shares a task with the gesture's handler.
 */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 50);
}

/**
 * The howler-backed AudioPort. Howler is imported dynamically on unlock (the
 * first user gesture), which keeps it out of the first-load bundle and means
 * no sound can start before the trainee has interacted. Howler's first call
 * creates the AudioContext (a 45–65 ms task), so that waits for an idle
 * moment: the first gesture is often also a choice, which must stay quick.
 */
export function createHowlerAudio(): AudioPort {
  let howler: HowlerModule | null = null;
  let loading: Promise<void> | null = null;
  let volume = 0.8;
  let muted = false;
  let ambientOn = false;
  let ambient: HowlType | null = null;
  let voice: HowlType | null = null;
  /** A clip asked for between the first gesture and the context being ready. */
  let pendingVoice: string | null = null;
  let disposed = false;
  const cues = new Map<UiCue, HowlType>();
  const speech = createSpeech();

  const startAmbient = () => {
    if (!howler || ambient) return;
    ambient = new howler.Howl({ src: [resolveAssetUrl(ROOM_TONE_FILE)], loop: true, volume: AMBIENT_LEVEL });
    ambient.play();
  };
  const playVoiceNow = (path: string) => {
    if (!howler) return;
    voice?.unload();
    voice = new howler.Howl({ src: [resolveAssetUrl(path)] });
    voice.play();
  };
  const stopAmbient = () => {
    ambient?.unload();
    ambient = null;
  };

  return {
    unlock() {
      loading ??= import('howler').then(
        (module) =>
          new Promise<void>((resolve) =>
            whenIdle(() => {
              if (disposed) return resolve();
              howler = module;
              module.Howler.volume(volume);
              module.Howler.mute(muted);
              if (ambientOn) startAmbient();
              if (pendingVoice !== null) playVoiceNow(pendingVoice);
              pendingVoice = null;
              resolve();
            }),
          ),
      );
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
      // Only once a gesture has started the unlock; before that, nothing plays.
      if (!howler) {
        if (loading) pendingVoice = path;
        return;
      }
      playVoiceNow(path);
    },
    speak(text) {
      if (howler) speech.speak(text);
    },
    stopVoice() {
      pendingVoice = null;
      voice?.stop();
      speech.cancel();
    },
    dispose() {
      disposed = true;
      pendingVoice = null;
      voice?.unload();
      stopAmbient();
      cues.forEach((sound) => sound.unload());
      cues.clear();
      speech.cancel();
    },
  };
}
