import type { ValidationRequest, ValidationResult } from './validation-types';

/** Runs checks somewhere off the typing path; a superseded request resolves to null. */
export interface Validator {
  run: (request: ValidationRequest) => Promise<ValidationResult | null>;
  dispose: () => void;
}

interface Lane {
  worker: Worker;
  busy: { request: ValidationRequest; resolve: (result: ValidationResult | null) => void } | null;
}

function spawn(): Worker {
  return new Worker(new URL('./validation.worker.ts', import.meta.url), { type: 'module', name: 'scenario-validation' });
}

/**
 * A validator backed by one worker. `cancellable` lanes (the slow full check)
 * terminate a busy worker when a newer request comes in, since its answer
 * would be stale; other lanes keep only the newest waiting request.
 */
export function createWorkerValidator({ cancellable }: { cancellable: boolean }): Validator {
  let lane: Lane | null = null;
  let waiting: { request: ValidationRequest; resolve: (result: ValidationResult | null) => void } | null = null;
  let inline: Validator | null = null;

  const start = (request: ValidationRequest, resolve: (result: ValidationResult | null) => void) => {
    if (!lane) {
      const worker = spawn();
      lane = { worker, busy: null };
      const current = lane;
      worker.onmessage = (event: MessageEvent<ValidationResult>) => {
        current.busy?.resolve(event.data);
        current.busy = null;
        if (waiting) {
          const next = waiting;
          waiting = null;
          start(next.request, next.resolve);
        }
      };
      worker.onerror = (event) => {
        // A worker that cannot start (an old browser, a strict policy): check on this thread instead.
        event.preventDefault();
        current.worker.terminate();
        if (lane === current) lane = null;
        inline ??= createInlineValidator();
        const pending = current.busy;
        current.busy = null;
        for (const job of [pending, waiting]) if (job) void inline.run(job.request).then(job.resolve);
        waiting = null;
      };
    }
    lane.busy = { request, resolve };
    lane.worker.postMessage(request);
  };

  return {
    run(request) {
      if (inline) return inline.run(request);
      return new Promise((resolve) => {
        if (!lane?.busy) return start(request, resolve);
        if (cancellable) {
          lane.busy.resolve(null);
          lane.worker.terminate();
          lane = null;
          return start(request, resolve);
        }
        waiting?.resolve(null);
        waiting = { request, resolve };
      });
    },
    dispose() {
      lane?.busy?.resolve(null);
      waiting?.resolve(null);
      lane?.worker.terminate();
      lane = null;
      waiting = null;
      inline?.dispose();
    },
  };
}

/**
 * The same checks on the page's own thread, a macrotask later: for tests
 * (jsdom has no Worker) and browsers that refuse module workers.
 */
export function createInlineValidator(): Validator {
  let disposed = false;
  return {
    async run(request) {
      const { runValidation } = await import('./run-validation');
      await new Promise((resolve) => setTimeout(resolve, 0));
      return disposed ? null : runValidation(request);
    },
    dispose() {
      disposed = true;
    },
  };
}

/** Worker-backed validators when the browser has workers, inline ones otherwise. */
export function createValidators(): { quick: Validator; full: Validator } {
  if (typeof Worker === 'undefined') return { quick: createInlineValidator(), full: createInlineValidator() };
  return { quick: createWorkerValidator({ cancellable: false }), full: createWorkerValidator({ cancellable: true }) };
}
