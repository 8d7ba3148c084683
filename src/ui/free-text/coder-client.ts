import { createListeners, type CodedResponse, type OptionMatch, type RoutableOption } from '../../engine/trainee';
import type { CodeRequest, CoderMessage } from './coder-protocol';

/** Where the response reader is: not started, loading its weights, ready, or failed (with a message for the trainee). */
export type CoderStatus = { state: 'idle' } | { state: 'loading' } | { state: 'ready' } | { state: 'failed'; message: string };

export interface CoderAnswer {
  coded: CodedResponse;
  ranked: OptionMatch[];
}

/** The part of a Worker the client uses, so tests can give it a fake one. */
export interface WorkerLike {
  postMessage: (message: CodeRequest) => void;
  addEventListener: ((type: 'message', listener: (event: MessageEvent<CoderMessage>) => void) => void) &
    ((type: 'error', listener: (event: Event) => void) => void);
  terminate: () => void;
}

export const CODER_FAILED_MESSAGE = 'The response reader could not start in this browser. Choose from the options instead.';

/**
 * One response-reader worker for the page, started on first use. Requests
 * are matched to answers by id; if the worker fails, every waiting request
 * and every later one is rejected with a plain message.
 */
export class CoderClient {
  private worker: WorkerLike | null = null;
  private status: CoderStatus = { state: 'idle' };
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (answer: CoderAnswer) => void; reject: (error: Error) => void }>();
  private readonly listeners = createListeners();

  constructor(private readonly createWorker: () => WorkerLike) {}

  getStatus = (): CoderStatus => this.status;

  subscribe = (listener: () => void): (() => void) => this.listeners.subscribe(listener);

  /** Starts the worker (and its weights loading) if it has not started yet. */
  start(): void {
    if (this.worker || this.status.state === 'failed') return;
    try {
      this.worker = this.createWorker();
    } catch {
      this.fail(CODER_FAILED_MESSAGE);
      return;
    }
    this.setStatus({ state: 'loading' });
    this.worker.addEventListener('message', (event) => this.onMessage(event.data));
    this.worker.addEventListener('error', () => this.fail(CODER_FAILED_MESSAGE));
  }

  /** Reads one response and ranks the options against it. */
  code(text: string, options: RoutableOption[]): Promise<CoderAnswer> {
    this.start();
    if (this.status.state === 'failed') return Promise.reject(new Error(this.status.message));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker?.postMessage({ id, text, options });
    });
  }

  private onMessage(message: CoderMessage): void {
    if (message.type === 'loading') this.setStatus({ state: 'loading' });
    else if (message.type === 'ready') this.setStatus({ state: 'ready' });
    else if (message.type === 'failed') this.fail(CODER_FAILED_MESSAGE);
    else {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.type === 'coded') waiting.resolve({ coded: message.coded, ranked: message.ranked });
      else waiting.reject(new Error(message.message));
    }
  }

  private fail(message: string): void {
    this.worker?.terminate();
    this.worker = null;
    this.setStatus({ state: 'failed', message });
    for (const waiting of this.pending.values()) waiting.reject(new Error(message));
    this.pending.clear();
  }

  private setStatus(status: CoderStatus): void {
    this.status = status;
    this.listeners.emit();
  }
}

let shared: CoderClient | null = null;

/** The page's one client; the worker is a chunk of its own, loaded only when free-text mode is used. */
export function sharedCoderClient(): CoderClient {
  shared ??= new CoderClient(() => new Worker(new URL('./coder-worker.ts', import.meta.url), { type: 'module' }));
  return shared;
}
