import { describe, expect, it } from 'vitest';
import type { CodedResponse } from '../../engine/trainee';
import { CODER_FAILED_MESSAGE, CoderClient, type WorkerLike } from './coder-client';
import type { CodeRequest, CoderMessage } from './coder-protocol';

class FakeWorker implements WorkerLike {
  readonly posted: CodeRequest[] = [];
  terminated = false;
  private readonly handlers: { message: ((event: MessageEvent<CoderMessage>) => void)[]; error: ((event: Event) => void)[] } = {
    message: [],
    error: [],
  };
  postMessage(message: CodeRequest): void {
    this.posted.push(message);
  }
  addEventListener(type: 'message' | 'error', listener: (event: never) => void): void {
    this.handlers[type].push(listener as never);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(message: CoderMessage): void {
    for (const handler of this.handlers.message) handler({ data: message } as MessageEvent<CoderMessage>);
  }
  crash(): void {
    for (const handler of this.handlers.error) handler(new Event('error'));
  }
}

const coded = (text: string): CodedResponse => ({
  text,
  behaviour: 'question',
  behaviourConfidence: 1,
  question: 'open',
  reflection: null,
  input: null,
  codes: [],
  truncated: false,
  unreadable: false,
});

function setUp() {
  const workers: FakeWorker[] = [];
  const client = new CoderClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  return { client, workers };
}

describe('CoderClient', () => {
  it('starts one worker lazily and reports its loading, then ready', () => {
    const { client, workers } = setUp();
    const seen: string[] = [];
    client.subscribe(() => seen.push(client.getStatus().state));
    expect(client.getStatus().state).toBe('idle');
    expect(workers).toHaveLength(0);
    client.start();
    client.start();
    expect(workers).toHaveLength(1);
    workers[0]?.say({ type: 'ready' });
    expect(seen).toEqual(['loading', 'ready']);
  });

  it('stops telling a listener about the status once it unsubscribes', () => {
    const { client, workers } = setUp();
    const seen: string[] = [];
    const unsubscribe = client.subscribe(() => seen.push(client.getStatus().state));
    client.start();
    unsubscribe();
    workers[0]?.say({ type: 'ready' });
    expect(seen).toEqual(['loading']);
  });

  it('matches answers to requests by id, whatever order they come back in', async () => {
    const { client, workers } = setUp();
    const first = client.code('one', []);
    const second = client.code('two', []);
    const [a, b] = workers[0]?.posted ?? [];
    workers[0]?.say({ type: 'coded', id: b?.id ?? 0, coded: coded('two'), ranked: [] });
    workers[0]?.say({ type: 'coded', id: a?.id ?? 0, coded: coded('one'), ranked: [{ id: 'c1', score: 1, sharedCodes: [] }] });
    expect((await first).ranked[0]?.id).toBe('c1');
    expect((await second).coded.text).toBe('two');
  });

  it('rejects one request the worker could not code, and keeps serving the rest', async () => {
    const { client, workers } = setUp();
    const bad = client.code('x', []);
    workers[0]?.say({ type: 'error', id: workers[0].posted[0]?.id ?? 0, message: 'no' });
    await expect(bad).rejects.toThrow('no');
    expect(client.getStatus().state).toBe('loading');
  });

  it('rejects waiting and later requests with a plain message when the worker fails', async () => {
    const { client, workers } = setUp();
    const waiting = client.code('x', []);
    workers[0]?.crash();
    await expect(waiting).rejects.toThrow(CODER_FAILED_MESSAGE);
    expect(workers[0]?.terminated).toBe(true);
    expect(client.getStatus()).toEqual({ state: 'failed', message: CODER_FAILED_MESSAGE });
    await expect(client.code('y', [])).rejects.toThrow(CODER_FAILED_MESSAGE);
  });

  it('fails plainly where workers cannot be created', async () => {
    const client = new CoderClient(() => {
      throw new Error('Worker is not defined');
    });
    await expect(client.code('x', [])).rejects.toThrow(CODER_FAILED_MESSAGE);
  });

  it('fails when the weights could not load', () => {
    const { client, workers } = setUp();
    client.start();
    workers[0]?.say({ type: 'failed', message: 'chunk 404' });
    expect(client.getStatus().state).toBe('failed');
  });
});
