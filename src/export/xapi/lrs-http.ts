import { LrsError } from './lrs-error';
import type { LrsLimits } from './lrs-limits';

export interface LrsRequest {
  url: string;
  method: 'GET' | 'POST' | 'PUT';
  headers: Record<string, string>;
  body?: string;
}

export interface LrsAnswer {
  status: number;
  text: string;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new LrsError(response.status, `answer of ${declared} bytes`, 'too-large');
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let total = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new LrsError(response.status, `answer over ${maxBytes} bytes`, 'too-large');
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * One HTTP call to the LRS with limits: it gives up after `timeoutMs` (the
 * whole call, answer body included), reads at most `maxResponseBytes`, and
 * follows no redirect. A browser's fetch with `redirect: 'manual'` hides the
 * Location of a redirect, so "same origin or not" cannot be told apart: every
 * redirect is refused, which also keeps a POST's statements from being
 * replayed to another server. Cookies are never sent (credentials: 'omit').
 */
export async function lrsFetch(
  request: LrsRequest,
  limits: LrsLimits,
  fetchImpl: FetchLike = (url, init) => fetch(url, init),
): Promise<LrsAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetchImpl(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        redirect: 'manual',
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      });
    } catch {
      if (controller.signal.aborted) throw new LrsError(0, `no answer within ${limits.timeoutMs} ms`, 'timeout');
      throw new LrsError(0, 'The Learning Record Store could not be reached.');
    }
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel().catch(() => undefined);
      throw new LrsError(response.status, 'redirect refused', 'redirect');
    }
    try {
      return { status: response.status, text: await readCapped(response, limits.maxResponseBytes) };
    } catch (error) {
      if (error instanceof LrsError) throw error;
      if (controller.signal.aborted) throw new LrsError(0, `answer not finished within ${limits.timeoutMs} ms`, 'timeout');
      throw new LrsError(0, 'The connection to the Learning Record Store broke off.');
    }
  } finally {
    clearTimeout(timer);
  }
}
