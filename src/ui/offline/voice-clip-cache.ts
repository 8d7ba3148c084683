import { resolveAssetUrl } from '../audio/audio-port';

export interface VoiceClipFile {
  /** Path under public/. */
  path: string;
  bytes: number;
}

/** The clips not yet in the voice cache (the service worker's, so playing them offline finds them). */
export async function missingClips(cacheName: string, clips: readonly VoiceClipFile[]): Promise<VoiceClipFile[]> {
  const cache = await caches.open(cacheName);
  const found = await Promise.all(clips.map((clip) => cache.match(resolveAssetUrl(clip.path))));
  return clips.filter((_, index) => found[index] === undefined);
}

/**
 * Downloads each missing clip into the voice cache, one at a time (a class
 * on one wifi shares it), reporting the bytes stored so far. Rejects on the
 * first clip that cannot be fetched; the clips already stored stay stored.
 */
export async function storeClips(
  cacheName: string,
  clips: readonly VoiceClipFile[],
  onProgress: (storedBytes: number) => void,
): Promise<void> {
  const cache = await caches.open(cacheName);
  let stored = 0;
  for (const clip of clips) {
    const url = resolveAssetUrl(clip.path);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${clip.path}: the server answered ${response.status}`);
    await cache.put(url, response);
    stored += clip.bytes;
    onProgress(stored);
  }
}

/** Sizes as people read them: "776 KB", "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / (1000 * 1000)).toFixed(1)} MB`;
}
