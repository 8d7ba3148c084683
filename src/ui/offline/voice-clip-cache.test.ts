import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatBytes, missingClips, storeClips } from './voice-clip-cache';

/** Cache Storage as the browser has it, in memory (jsdom has none). */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    const entries = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, entries);
    return {
      match: async (url: string) => entries.get(url),
      put: async (url: string, response: Response) => void entries.set(url, response),
    };
  };
  return { open, stores };
}

const CLIPS = [
  { path: 'audio/s/one.ogg', bytes: 30_000 },
  { path: 'audio/s/two.ogg', bytes: 40_000 },
];
let caches: ReturnType<typeof fakeCaches>;

beforeEach(() => {
  caches = fakeCaches();
  vi.stubGlobal('caches', caches);
});
afterEach(() => vi.unstubAllGlobals());

describe('the voice clip cache', () => {
  it('stores the missing clips under their page-relative addresses, reporting progress', async () => {
    const fetch = vi.fn(async () => new Response('clip', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    expect(await missingClips('voice', CLIPS)).toEqual(CLIPS);

    const progress: number[] = [];
    await storeClips('voice', CLIPS, (stored) => progress.push(stored));
    expect(progress).toEqual([30_000, 70_000]);
    expect([...caches.stores.get('voice')!.keys()]).toEqual([
      new URL('audio/s/one.ogg', document.baseURI).href,
      new URL('audio/s/two.ogg', document.baseURI).href,
    ]);
    expect(await missingClips('voice', CLIPS)).toEqual([]);
  });

  it('stops at a clip the server does not have, keeping the ones already stored', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => new Response('', { status: url.endsWith('two.ogg') ? 404 : 200 })),
    );
    await expect(storeClips('voice', CLIPS, () => {})).rejects.toThrow('audio/s/two.ogg: the server answered 404');
    expect(await missingClips('voice', CLIPS)).toEqual([CLIPS[1]]);
  });

  it('gives sizes in plain units', () => {
    expect(formatBytes(776_000)).toBe('776 KB');
    expect(formatBytes(120)).toBe('1 KB');
    expect(formatBytes(12_400_000)).toBe('12.4 MB');
  });
});
