/** Checks a pack off the page's thread: one request in, one outcome out. */
import type { PackCheckRequest } from '../pack-check-types';
import { checkPack } from './check-pack';

/** The bits of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<PackCheckRequest>) => void) | null;
  postMessage: (message: unknown) => void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  scope.postMessage(checkPack(event.data));
};
