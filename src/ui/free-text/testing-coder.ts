import { codeResponse, loadCoderWeights, rankOptions } from '../../engine/trainee';
import { CoderClient, type WorkerLike } from './coder-client';
import type { CodeRequest, CoderMessage } from './coder-protocol';

/**
 * A "worker" that runs the real coder in this thread, for tests in jsdom
 * (which has no Worker). Its weights load once `gate` resolves.
 */
export function inThreadWorker(gate: Promise<void> = Promise.resolve()): WorkerLike {
  const listeners: ((event: MessageEvent<CoderMessage>) => void)[] = [];
  const say = (message: CoderMessage) => listeners.forEach((listener) => listener({ data: message } as MessageEvent<CoderMessage>));
  const weights = gate.then(loadCoderWeights).then((loaded) => {
    say({ type: 'ready' });
    return loaded;
  });
  return {
    postMessage: (request: CodeRequest) => {
      void weights.then((loaded) => {
        const coded = codeResponse(request.text, loaded);
        say({ type: 'coded', id: request.id, coded, ranked: rankOptions(coded, request.options) });
      });
    },
    addEventListener: (type: 'message' | 'error', listener: (event: never) => void) => {
      if (type === 'message') listeners.push(listener as never);
    },
    terminate: () => {},
  };
}

/**
 * A CoderClient over an in-thread worker. `release()` lets the weights finish
 * loading, so a test can see the reader's loading note first.
 */
export function inThreadCoderClient(): { client: CoderClient; release: () => void } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { client: new CoderClient(() => inThreadWorker(gate)), release };
}
