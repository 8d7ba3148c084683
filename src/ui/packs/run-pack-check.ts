import type { PackCheckOutcome, PackCheckRequest } from './pack-check-types';

const inline = async (request: PackCheckRequest): Promise<PackCheckOutcome> => (await import('./checker/check-pack')).checkPack(request);

/**
 * Checks a pack in a Web Worker, so a large pack never freezes the page; on
 * this thread where there are no module workers (tests, old browsers).
 */
export function runPackCheck(request: PackCheckRequest): Promise<PackCheckOutcome> {
  if (typeof Worker === 'undefined') return inline(request);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./checker/check-pack.worker.ts', import.meta.url), { type: 'module', name: 'pack-check' });
    worker.onmessage = (event: MessageEvent<PackCheckOutcome>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      inline(request).then(resolve, reject);
    };
    worker.postMessage(request, [request.bytes.buffer]);
  });
}
