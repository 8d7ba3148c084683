import { describe, expect, it } from 'vitest';
import { LrsError } from './lrs-error';
import { lrsFetch, type FetchLike } from './lrs-http';

const LIMITS = { timeoutMs: 50, maxResponseBytes: 64 };
const GET = { url: 'https://lrs.example/xAPI/statements', method: 'GET' as const, headers: {} };

/** A server that accepts the request and never answers (until the caller gives up). */
const hung: FetchLike = (_url, init) =>
  new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

async function failure(promise: Promise<unknown>): Promise<LrsError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LrsError);
  return error as LrsError;
}

describe('lrsFetch: every LRS call has limits', () => {
  it('gives up on an LRS that never answers', async () => {
    expect(await failure(lrsFetch(GET, LIMITS, hung))).toMatchObject({ kind: 'timeout', status: 0 });
  });

  it('gives up on an answer whose body never ends', async () => {
    const endless: FetchLike = async (_url, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('['));
          init.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(body, { status: 200 });
    };
    expect(await failure(lrsFetch(GET, LIMITS, endless))).toMatchObject({ kind: 'timeout' });
  });

  it('refuses an answer over the size cap, declared or streamed', async () => {
    const declared: FetchLike = async () => new Response('x'.repeat(65), { headers: { 'content-length': '65' } });
    expect(await failure(lrsFetch(GET, LIMITS, declared))).toMatchObject({ kind: 'too-large' });
    const streamed: FetchLike = async () => {
      const chunk = new TextEncoder().encode('y'.repeat(40));
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({ pull: (c) => (sent++ < 3 ? c.enqueue(chunk) : c.close()) });
      return new Response(body);
    };
    expect(await failure(lrsFetch(GET, LIMITS, streamed))).toMatchObject({ kind: 'too-large' });
  });

  it('follows no redirect: asks fetch not to, and refuses one it is shown', async () => {
    let asked: RequestInit | undefined;
    const redirecting: FetchLike = async (_url, init) => {
      asked = init;
      return new Response(null, { status: 307, headers: { location: 'http://127.0.0.1:8197/xAPI/statements' } });
    };
    expect(await failure(lrsFetch(GET, LIMITS, redirecting))).toMatchObject({ kind: 'redirect', status: 307 });
    expect(asked).toMatchObject({ redirect: 'manual', credentials: 'omit' });
    // What a browser gives for redirect: 'manual': an opaque answer with no Location.
    const opaque = { type: 'opaqueredirect', status: 0, headers: new Headers(), body: null } as unknown as Response;
    expect(await failure(lrsFetch(GET, LIMITS, async () => opaque))).toMatchObject({ kind: 'redirect' });
  });

  it('reports an unreachable LRS apart from a slow one', async () => {
    const refused: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await failure(lrsFetch(GET, LIMITS, refused))).toMatchObject({ kind: 'unreachable' });
  });

  it('returns status and text within the limits', async () => {
    expect(await lrsFetch(GET, LIMITS, async () => new Response('["a"]', { status: 200 }))).toEqual({ status: 200, text: '["a"]' });
  });
});
