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
  type VoiceFormat,
} from './audio-port';
import { whenIdle } from '../common/when-idle';
import { createSpeech } from './speech';
import { warmAudioOutput } from './warm-audio-output';

type HowlerModule = typeof HowlerNamespace;

interface Voice {
  path: string;
  format?: VoiceFormat;
}

/**
 * How howler is to load a clip. A clip kept in storage comes as an object URL:
 * it has no extension, so its format is given; and it plays through an
 * <audio> element (html5), because the page's policy lets media elements read
 * blob: URLs (media-src) but not fetches (connect-src), which Web Audio would use.
 */
export function voiceOptions({ path, format }: Voice): HowlerNamespace.HowlOptions {
  if (!path.startsWith('blob:')) return { src: [resolveAssetUrl(path)] };
  return { src: [path], html5: true, ...(format ? { format: [format] } : {}) };
}

/**
 * The howler-backed AudioPort. Howler is imported dynamically, which keeps it
 * out of the first-load bundle. Howler's first call creates the browser's
 * AudioContext, a 50–250 ms task when the audio service starts cold, so
 * `prepare` starts that service first without blocking (warmAudioOutput),
 * then makes the context while the page is idle, before the trainee's first
 * gesture: the context starts suspended, and the gesture only resumes it,
 * which is quick. Nothing plays before that gesture.
 */
export function createHowlerAudio(): AudioPort {
  let howler: HowlerModule | null = null;
  let loading: Promise<void> | null = null;
  let unlocked = false;
  let started = false;
  let volume = 0.8;
  let muted = false;
  let ambientOn = false;
  let ambient: HowlType | null = null;
  let voice: HowlType | null = null;
  /** A clip asked for between the first gesture and the context being ready. */
  let pendingVoice: Voice | null = null;
  const cues = new Map<UiCue, HowlType>();
  const speech = createSpeech();

  /** Howler, once it is loaded and a gesture has allowed sound; null before. */
  const playing = () => (unlocked ? howler : null);

  const startAmbient = () => {
    const module = playing();
    if (!module || ambient) return;
    ambient = new module.Howl({ src: [resolveAssetUrl(ROOM_TONE_FILE)], loop: true, volume: AMBIENT_LEVEL });
    ambient.play();
  };
  const playVoiceNow = (module: HowlerModule, next: Voice) => {
    voice?.unload();
    voice = new module.Howl(voiceOptions(next));
    voice.play();
  };
  const stopAmbient = () => {
    ambient?.unload();
    ambient = null;
  };
  /** Once loaded and unlocked: resumes the context (in the gesture, when it was prepared) and plays what waited. */
  const start = () => {
    const module = playing();
    if (!module || started) return;
    started = true;
    void module.Howler.ctx?.resume();
    if (ambientOn) startAmbient();
    if (pendingVoice !== null) playVoiceNow(module, pendingVoice);
    pendingVoice = null;
  };
  const load = () =>
    (loading ??= Promise.all([import('howler'), warmAudioOutput()]).then(
      ([module]) =>
        new Promise<void>((resolve) =>
          whenIdle(() => {
            // Howler's own unlocker would, at the first sound, rebuild the context wherever
            // the sample rate is not 44.1 kHz (most machines), in the task after a choice;
            // start() resumes it instead.
            module.Howler.autoUnlock = false;
            module.Howler.volume(volume);
            module.Howler.mute(muted);
            howler = module;
            start();
            resolve();
          }),
        ),
    ));

  return {
    prepare() {
      void load();
    },
    unlock() {
      unlocked = true;
      start();
      return load();
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
      const module = playing();
      if (!module || muted) return;
      let sound = cues.get(cue);
      if (!sound) {
        sound = new module.Howl({ src: [resolveAssetUrl(CUE_FILES[cue])], volume: CUE_LEVEL });
        cues.set(cue, sound);
      }
      sound.play();
    },
    playVoice(path, format) {
      const module = playing();
      const next = { path, ...(format ? { format } : {}) };
      if (module) playVoiceNow(module, next);
      // Between the gesture and the context being ready, the clip waits; before the gesture, nothing plays.
      else if (unlocked) pendingVoice = next;
    },
    speak(text) {
      if (unlocked) speech.speak(text);
    },
    stopVoice() {
      pendingVoice = null;
      voice?.stop();
      speech.cancel();
    },
    dispose() {
      pendingVoice = null;
      ambientOn = false;
      voice?.unload();
      stopAmbient();
      cues.forEach((sound) => sound.unload());
      cues.clear();
      speech.cancel();
    },
  };
}
