import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useValidation, type ValidatorFactory } from './use-validation';
import { FULL_DELAY_MS, QUICK_DELAY_MS } from './validation-timing';
import type { ValidationRequest, ValidationResult } from './validation-types';
import type { Validator } from './validator';

/** Validators that answer at once with a result naming the text, and log what they were asked. */
function recording(ok: boolean) {
  const asked: ValidationRequest[] = [];
  const make = (): Validator => ({
    run: async (request) => {
      asked.push(request);
      return {
        version: request.version,
        analysed: request.analyse,
        ok,
        diagnostics: [],
        stats: null,
        compiled: null,
        graph: null,
        graphKey: null,
        graphUnchanged: false,
        elapsedMs: 1,
      } satisfies ValidationResult;
    },
    dispose: () => {},
  });
  const factory: ValidatorFactory = () => ({ quick: make(), full: make() });
  return { asked, factory };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const wait = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

describe('useValidation', () => {
  it('waits for a pause in typing, checks quickly, then runs the full analysis', async () => {
    const { asked, factory } = recording(true);
    const { result, rerender } = renderHook(({ text }) => useValidation(text, 'a.scenario.yaml', 1, factory), {
      initialProps: { text: 'a' },
    });
    rerender({ text: 'ab' });
    rerender({ text: 'abc' });
    expect(result.current.checking).toBe(true);
    await wait(QUICK_DELAY_MS);
    expect(asked).toEqual([expect.objectContaining({ source: 'abc', analyse: false })]);
    expect(result.current.result?.analysed).toBe(false);
    expect(result.current.checking).toBe(true);
    await wait(FULL_DELAY_MS);
    expect(asked.map((r) => [r.source, r.analyse])).toEqual([
      ['abc', false],
      ['abc', true],
    ]);
    expect(result.current.result?.analysed).toBe(true);
    expect(result.current.checking).toBe(false);
  });

  it('skips the full analysis when the quick check found errors', async () => {
    const { asked, factory } = recording(false);
    const { result } = renderHook(() => useValidation('broken', 'a.scenario.yaml', 1, factory));
    await wait(QUICK_DELAY_MS + FULL_DELAY_MS);
    expect(asked).toHaveLength(1);
    expect(result.current.checking).toBe(false);
  });

  it('never shows one document’s result for another', async () => {
    const { factory } = recording(true);
    const { result, rerender } = renderHook(({ text, key }) => useValidation(text, 'a.scenario.yaml', key, factory), {
      initialProps: { text: 'one', key: 1 },
    });
    await wait(QUICK_DELAY_MS);
    expect(result.current.result).not.toBeNull();
    rerender({ text: 'two', key: 2 });
    expect(result.current.result).toBeNull();
    expect(result.current.checking).toBe(true);
  });
});
