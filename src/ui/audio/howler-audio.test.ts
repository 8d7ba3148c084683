import { beforeEach, describe, expect, it, vi } from 'vitest';

const howls: { src: string[]; play: ReturnType<typeof vi.fn>; options: Record<string, unknown> }[] = [];
const Howler = { volume: vi.fn(), mute: vi.fn(), autoUnlock: true, ctx: { resume: vi.fn(async () => {}) } };

vi.mock('howler', () => ({
  Howler,
  Howl: vi.fn(function Howl(this: object, options: { src: string[] }) {
    const sound = { src: options.src, options, play: vi.fn(), stop: vi.fn(), unload: vi.fn() };
    howls.push(sound);
    return sound;
  }),
}));

const { createHowlerAudio } = await import('./howler-audio');

beforeEach(() => {
  howls.length = 0;
  Howler.volume.mockClear();
  Howler.mute.mockClear();
  Howler.ctx.resume.mockClear();
  Howler.autoUnlock = true;
});

describe('createHowlerAudio', () => {
  it('plays nothing before the first gesture unlocks it', () => {
    const audio = createHowlerAudio();
    audio.playCue('line');
    audio.playVoice('audio/x/1.ogg');
    audio.setAmbient(true);
    expect(howls).toHaveLength(0);
  });

  it('after unlock, plays cues and voice clips resolved against the document base', async () => {
    const audio = createHowlerAudio();
    audio.setVolume(0.5);
    await audio.unlock();
    expect(Howler.volume).toHaveBeenCalledWith(0.5);
    audio.playCue('line');
    audio.playVoice('audio/work-injury-claim/opening-1.ogg');
    expect(howls.map((h) => h.src[0])).toEqual([
      new URL('audio/ui/cue-line.wav', document.baseURI).href,
      new URL('audio/work-injury-claim/opening-1.ogg', document.baseURI).href,
    ]);
    expect(howls.every((h) => h.play.mock.calls.length === 1)).toBe(true);
  });

  it('plays a clip kept in storage from its object URL, as is, through a media element, in the format given', async () => {
    const audio = createHowlerAudio();
    await audio.unlock();
    audio.playVoice('blob:http://localhost:3000/4f1c', 'mp3');
    audio.playVoice('audio/x/1.ogg');
    expect(howls.map((h) => h.options)).toEqual([
      { src: ['blob:http://localhost:3000/4f1c'], html5: true, format: ['mp3'] },
      { src: [new URL('audio/x/1.ogg', document.baseURI).href] },
    ]);
  });

  it('passes mute through and skips cues while muted', async () => {
    const audio = createHowlerAudio();
    await audio.unlock();
    audio.setMuted(true);
    expect(Howler.mute).toHaveBeenLastCalledWith(true);
    audio.playCue('line');
    expect(howls).toHaveLength(0);
  });

  it('starts the looping room tone once unlocked if ambient was asked for earlier', async () => {
    const audio = createHowlerAudio();
    audio.setAmbient(true);
    await audio.unlock();
    expect(howls).toHaveLength(1);
    expect(howls[0]?.options.loop).toBe(true);
  });

  it('creates the audio context in a later task than the gesture, then plays a clip asked for meanwhile', async () => {
    const audio = createHowlerAudio();
    const unlocked = audio.unlock();
    audio.playVoice('audio/x/1.ogg');
    // Let the dynamic import settle: Howler must still be untouched.
    await import('howler');
    await Promise.resolve();
    expect(Howler.volume).not.toHaveBeenCalled();
    expect(howls).toHaveLength(0);
    await unlocked;
    expect(Howler.volume).toHaveBeenCalledTimes(1);
    expect(howls.map((h) => h.src[0])).toEqual([new URL('audio/x/1.ogg', document.baseURI).href]);
    expect(howls[0]?.play).toHaveBeenCalledTimes(1);
  });

  it('prepares the context while idle, before any gesture, and plays or resumes nothing until one', async () => {
    const audio = createHowlerAudio();
    audio.prepare();
    await vi.waitFor(() => expect(Howler.volume).toHaveBeenCalledTimes(1));
    // Howler's own unlocker would rebuild the context at the first sound.
    expect(Howler.autoUnlock).toBe(false);
    audio.playCue('line');
    audio.playVoice('audio/x/1.ogg');
    audio.setAmbient(true);
    expect(howls).toHaveLength(0);
    expect(Howler.ctx.resume).not.toHaveBeenCalled();
  });

  it('makes the context only after the browser has started its audio output, so making it does not block', async () => {
    let answer = (_devices: MediaDeviceInfo[]) => {};
    const enumerateDevices = vi.fn(() => new Promise<MediaDeviceInfo[]>((resolve) => (answer = resolve)));
    Object.defineProperty(navigator, 'mediaDevices', { value: { enumerateDevices }, configurable: true });
    await import('howler');
    vi.useFakeTimers();
    try {
      const audio = createHowlerAudio();
      audio.prepare();
      // Long past the idle wait: the context must still wait for the audio output.
      await vi.advanceTimersByTimeAsync(500);
      expect(enumerateDevices).toHaveBeenCalledTimes(1);
      expect(Howler.volume).not.toHaveBeenCalled();
      answer([]);
      await vi.advanceTimersByTimeAsync(100);
      expect(Howler.volume).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
      Reflect.deleteProperty(navigator, 'mediaDevices');
    }
  });

  it('once prepared, the gesture itself resumes the context and sound plays at once', async () => {
    const audio = createHowlerAudio();
    audio.prepare();
    await vi.waitFor(() => expect(Howler.volume).toHaveBeenCalled());
    void audio.unlock();
    expect(Howler.ctx.resume).toHaveBeenCalledTimes(1);
    audio.playVoice('audio/x/1.ogg');
    expect(howls.map((h) => h.src[0])).toEqual([new URL('audio/x/1.ogg', document.baseURI).href]);
    expect(Howler.volume).toHaveBeenCalledTimes(1);
  });

  it('after dispose (as in React’s development double mount), an unlock still loads and plays', async () => {
    const audio = createHowlerAudio();
    audio.dispose();
    await audio.unlock();
    audio.playVoice('audio/x/1.ogg');
    expect(howls.map((h) => h.src[0])).toEqual([new URL('audio/x/1.ogg', document.baseURI).href]);
  });

  it('dispose stops the room tone and a clip still waiting for the context', async () => {
    const audio = createHowlerAudio();
    audio.setAmbient(true);
    const unlocked = audio.unlock();
    audio.playVoice('audio/x/1.ogg');
    audio.dispose();
    await unlocked;
    expect(howls).toHaveLength(0);
  });
});
