/**
 * Reads trainees' own words off the main thread. The weights load once, when
 * the worker starts, so the first decision is not held up by them; requests
 * that arrive sooner wait for them.
 */
import { codeResponse, loadCoderWeights, rankOptions, type CoderWeights } from '../../engine/trainee';
import type { CodeRequest, CoderMessage } from './coder-protocol';

const scope = self as unknown as {
  addEventListener: (type: 'message', listener: (event: MessageEvent<CodeRequest>) => void) => void;
  postMessage: (message: CoderMessage) => void;
};

scope.postMessage({ type: 'loading' });
const weights: Promise<CoderWeights | null> = loadCoderWeights().then(
  (loaded) => {
    scope.postMessage({ type: 'ready' });
    return loaded;
  },
  (error: unknown) => {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    return null;
  },
);

scope.addEventListener('message', ({ data }) => {
  void weights.then((loaded) => {
    if (!loaded) {
      scope.postMessage({ type: 'error', id: data.id, message: 'The response reader could not load.' });
      return;
    }
    try {
      const coded = codeResponse(data.text, loaded);
      scope.postMessage({ type: 'coded', id: data.id, coded, ranked: rankOptions(coded, data.options) });
    } catch (error) {
      scope.postMessage({ type: 'error', id: data.id, message: error instanceof Error ? error.message : String(error) });
    }
  });
});
