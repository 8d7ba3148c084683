import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GOOD } from '../testing/author-fixtures';
import type { ValidationRequest, ValidationResult } from './validation-types';
import { createWorkerValidator } from './validator';

/** A stand-in Worker that answers when told to, so the tests control timing. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<ValidationResult>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: ValidationRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: ValidationRequest) {
    this.received.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer() {
    const request = this.received.at(-1)!;
    this.onmessage?.({ data: { version: request.version } } as MessageEvent<ValidationResult>);
  }
  fail() {
    this.onerror?.({ preventDefault() {} } as ErrorEvent);
  }
}

const request = (version: number): ValidationRequest => ({ version, source: GOOD, fileName: 'sample.scenario.yaml', analyse: false });

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createWorkerValidator', () => {
  it('keeps only the newest waiting request while the worker is busy', async () => {
    const validator = createWorkerValidator({ cancellable: false });
    const first = validator.run(request(1));
    const second = validator.run(request(2));
    const third = validator.run(request(3));
    expect(await second).toBeNull();
    const [worker] = FakeWorker.made;
    worker!.answer();
    expect(await first).toEqual({ version: 1 });
    expect(worker!.received.map((r) => r.version)).toEqual([1, 3]);
    worker!.answer();
    expect(await third).toEqual({ version: 3 });
    validator.dispose();
    expect(worker!.terminated).toBe(true);
  });

  it('abandons a stale slow check by replacing its worker', async () => {
    const validator = createWorkerValidator({ cancellable: true });
    const first = validator.run(request(1));
    const second = validator.run(request(2));
    expect(await first).toBeNull();
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    FakeWorker.made[1]!.answer();
    expect(await second).toEqual({ version: 2 });
  });

  it('checks on the page’s thread when the worker cannot start', async () => {
    const validator = createWorkerValidator({ cancellable: false });
    const pending = validator.run({ ...request(5), analyse: false });
    FakeWorker.made[0]!.fail();
    const result = await pending;
    expect(result).toMatchObject({ version: 5, ok: true });
    expect(await validator.run(request(6))).toMatchObject({ version: 6, ok: true });
    expect(FakeWorker.made).toHaveLength(1);
  });
});
