import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmAudioOutput } from './warm-audio-output';

function giveMediaDevices(enumerateDevices: () => Promise<MediaDeviceInfo[]>) {
  Object.defineProperty(navigator, 'mediaDevices', { value: { enumerateDevices }, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'mediaDevices');
  vi.useRealTimers();
});

describe('warmAudioOutput', () => {
  it('resolves at once where the browser offers no media devices (insecure origins)', async () => {
    await expect(warmAudioOutput()).resolves.toBeUndefined();
  });

  it('resolves when the browser has listed its devices, or refused to', async () => {
    giveMediaDevices(() => Promise.resolve([]));
    await expect(warmAudioOutput()).resolves.toBeUndefined();
    giveMediaDevices(() => Promise.reject(new Error('NotAllowedError')));
    await expect(warmAudioOutput()).resolves.toBeUndefined();
  });

  it('goes ahead after a second when the browser never answers', async () => {
    vi.useFakeTimers();
    giveMediaDevices(() => new Promise(() => {}));
    let done = false;
    void warmAudioOutput().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
