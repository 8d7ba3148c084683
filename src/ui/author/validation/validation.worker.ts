/**
 * The Author page's validation worker: the checker runs here so typing in a
 * 1,000-node file never waits for it. One request in, one result out.
 */
import { runValidation } from './run-validation';
import type { ValidationRequest } from './validation-types';

/** The bits of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ValidationRequest>) => void) | null;
  postMessage: (message: unknown) => void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  scope.postMessage(runValidation(event.data));
};
