import { describe, expect, it } from 'vitest';
import type { LrsAccess } from './lrs-access';
import { createLrsClient } from './lrs-client';
import { describeLrsError, LrsError } from './lrs-error';
import type { FetchLike } from './lrs-http';
import type { Statement } from './xapi-types';

const ACCESS: LrsAccess = {
  kind: 'learner-write',
  endpoint: 'https://lrs.example/xAPI/',
  authorization: 'Basic abc',
  homePage: 'https://program.example',
};
const LIMITS = () => ({ timeoutMs: 1000, maxResponseBytes: 10_000 });
const statement = (id: string): Statement => ({
  id,
  actor: { account: { homePage: 'https://program.example', name: 'l1' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
  object: { id: 'https://common-ground.example/xapi/scenarios/s' },
});
const IDS = ['a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002'];

function sendWith(answer: () => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return answer();
  };
  const client = createLrsClient(ACCESS, { fetchImpl, limits: LIMITS });
  return { calls, send: () => client.send(IDS.map(statement)) };
}

describe('sending statements: a 2xx is delivery only when it names the ids sent', () => {
  it('accepts the list of exactly the ids sent, in any order', async () => {
    const { calls, send } = sendWith(() => Response.json([IDS[1], IDS[0]]));
    await send();
    expect(calls[0]!.url).toBe('https://lrs.example/xAPI/statements');
    expect(calls[0]!.init.headers).toMatchObject({ Authorization: 'Basic abc', 'X-Experience-API-Version': '1.0.3' });
  });

  it.each([
    ['an empty 200', () => new Response('', { status: 200 })],
    ['a 204', () => new Response(null, { status: 204 })],
    ['an HTML page', () => new Response('<html>Sign in</html>', { status: 200 })],
    ['an object', () => Response.json({ ok: true })],
    ['some of the ids', () => Response.json([IDS[0]])],
    ['other ids', () => Response.json(['b0000000-0000-4000-8000-000000000001', IDS[1]])],
  ])('refuses %s as proof of delivery', async (_name, answer) => {
    const error = await sendWith(answer)
      .send()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LrsError);
    expect((error as LrsError).kind).toBe('bad-answer');
    expect(describeLrsError(error)).toMatch(/not what xAPI requires.*stay queued/);
  });

  it('keeps the status of a refusal for the outbox to act on', async () => {
    const error = await sendWith(() => new Response('bad', { status: 400 }))
      .send()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'http', status: 400 });
  });
});
