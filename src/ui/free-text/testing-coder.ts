import { codeResponse, loadCoderWeights, rankOptions } from '../../engine/trainee';
import { CoderClient, type WorkerLike } from './coder-client';
import type { CodeRequest, CoderMessage } from './coder-protocol';

/**
 * A CoderClient whose "worker" runs the real coder in this thread, for tests
 * in jsdom (which has no Worker). `release()` lets the weights finish
 * loading, so a test can see the reader's loading note first.
 */
export function inThreadCoderClient(): { client: CoderClient; release: () => void } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const client = new CoderClient(() => {
    const listeners: ((event: MessageEvent<CoderMessage>) => void)[] = [];
    const say = (message: CoderMessage) => listeners.forEach((listener) => listener({ data: message } as MessageEvent<CoderMessage>));
    const weights = gate.then(loadCoderWeights).then((loaded) => {
      say({ type: 'ready' });
      return loaded;
    });
    const worker: WorkerLike = {
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
    return worker;
  });
  return { client, release };
}
