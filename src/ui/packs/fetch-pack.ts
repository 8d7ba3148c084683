import { PACK_LIMITS } from '../../export/packs/pack-format';

/** Why a linked pack could not be fetched, in words for the trainee. */
export class PackFetchError extends Error {}

/**
 * A pack named by `#/add?pack=<url>`, fetched only from this app's own site:
 * a link from elsewhere could otherwise make the app fetch anything. The
 * download stops as soon as it passes the pack size cap.
 */
export async function fetchPack(address: string, base = location.href): Promise<{ bytes: Uint8Array; name: string }> {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    throw new PackFetchError('The link does not name a pack file.');
  }
  const own = new URL(base).origin;
  if (url.origin !== own) {
    throw new PackFetchError(
      `Packs can be added by link only from this app's own site (${own}). Download the pack and add it as a file instead.`,
    );
  }
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new PackFetchError(
      'The pack could not be downloaded: this device seems to be offline. Try again when you are online, or add the pack as a file.',
    );
  }
  if (!response.ok)
    throw new PackFetchError(
      `The pack could not be downloaded (the site answered ${response.status}). Check the link with whoever sent it.`,
    );
  const tooBig = new PackFetchError(`The pack is larger than ${PACK_LIMITS.maxPackBytes / 1_000_000} MB, so it was not downloaded.`);
  if (Number(response.headers.get('content-length') ?? 0) > PACK_LIMITS.maxPackBytes) throw tooBig;
  const reader = response.body?.getReader();
  if (!reader) return { bytes: new Uint8Array(await response.arrayBuffer()), name: fileNameOf(url) };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > PACK_LIMITS.maxPackBytes) {
      await reader.cancel();
      throw tooBig;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes, name: fileNameOf(url) };
}

const fileNameOf = (url: URL) => decodeURIComponent(url.pathname.split('/').pop() || url.pathname) || url.href;
