/** Short interface sounds; files live in public/audio/ui/ (made by src/cli/make-ui-sounds.ts). */
export type UiCue = 'line';

/** The sound formats a clip may have (a pack's clips are checked to be one of these by their bytes). */
export type VoiceFormat = 'mp3' | 'ogg' | 'wav';

/**
 * Everything the UI may ask of sound. Only src/ui/audio/ touches howler or
 * speech synthesis, so screens stay testable and the audio library stays lazy.
 */
export interface AudioPort {
  /**
   * Loads the audio library and creates its audio context, suspended, when the
   * page is next idle: the costly start of the browser's audio then lands
   * before the trainee's first gesture instead of beside their first choice.
   * Plays nothing.
   */
  prepare: () => void;
  /** Starts sound; called on the first user gesture. Nothing plays before it. */
  unlock: () => Promise<void>;
  setVolume: (volume: number) => void;
  setMuted: (muted: boolean) => void;
  /** Quiet clinic room tone, looped; off by default. */
  setAmbient: (on: boolean) => void;
  playCue: (cue: UiCue) => void;
  /**
   * A recorded patient line: a path under public/, resolved against the app's
   * base, or an object URL (`blob:`) of a clip kept in storage, whose format
   * must then be given (a blob URL has no file extension to tell it).
   */
  playVoice: (path: string, format?: VoiceFormat) => void;
  /** Reads a line aloud with the browser's speech synthesis (used when there is no clip). */
  speak: (text: string) => void;
  /** Stops any voice or speech, e.g. when the trainee answers or leaves. */
  stopVoice: () => void;
  /**
   * Stops every sound and releases them. The port stays usable: React's
   * development double mount releases it and then plays on.
   */
  dispose: () => void;
}

export const CUE_FILES: Record<UiCue, string> = {
  line: 'audio/ui/cue-line.wav',
};
export const ROOM_TONE_FILE = 'audio/ui/room-tone.wav';

/** Cue and ambient levels relative to the master volume: subtle, below the voice. */
export const CUE_LEVEL = 0.35;
export const AMBIENT_LEVEL = 0.25;

/** Resolves a public/ path against the document, so the build works from any folder. */
export function resolveAssetUrl(path: string): string {
  return new URL(path.replace(/^\/+/, ''), document.baseURI).href;
}

/** A port that does nothing: for tests and for browsers without audio. */
export function silentAudioPort(): AudioPort {
  const noop = () => {};
  return {
    prepare: noop,
    unlock: async () => {},
    setVolume: noop,
    setMuted: noop,
    setAmbient: noop,
    playCue: noop,
    playVoice: noop,
    speak: noop,
    stopVoice: noop,
    dispose: noop,
  };
}
