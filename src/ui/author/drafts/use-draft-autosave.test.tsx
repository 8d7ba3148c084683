import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftsOf, memoryDrafts } from './drafts-port';
import { AUTOSAVE_DELAY_MS, useDraftAutosave } from './use-draft-autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const doc = (text: string) => ({ id: 'a.scenario.yaml', fileName: 'a.scenario.yaml', text });

describe('useDraftAutosave', () => {
  it('saves once per pause in typing, and at once when the tab is hidden', async () => {
    const drafts = memoryDrafts();
    const save = vi.spyOn(drafts, 'save');
    const { result, rerender } = renderHook(({ text }) => useDraftAutosave(drafts, doc(text)), { initialProps: { text: 'a' } });
    rerender({ text: 'ab' });
    rerender({ text: 'abc' });
    expect(save).not.toHaveBeenCalled();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    });
    expect(save).toHaveBeenCalledTimes(1);
    expect(drafts.records.get('a.scenario.yaml')?.text).toBe('abc');
    expect(result.current.kind).toBe('saved');

    rerender({ text: 'abcd' });
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(drafts.records.get('a.scenario.yaml')?.text).toBe('abcd');
  });

  it('reports a failed save so the page can say so', async () => {
    const drafts = memoryDrafts();
    vi.spyOn(drafts, 'save').mockRejectedValue(new Error('The browser storage is full.'));
    const { result } = renderHook(() => useDraftAutosave(drafts, doc('x')));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    });
    expect(result.current).toEqual({ kind: 'failed', message: 'The browser storage is full.' });
  });
});

describe('draftsOf', () => {
  it('finds the drafts table on a store, and nothing on a store without one', () => {
    const drafts = memoryDrafts();
    expect(draftsOf({ drafts })).toBe(drafts);
    expect(draftsOf({ profiles: {} })).toBeNull();
    expect(draftsOf(null)).toBeNull();
    expect(draftsOf({ drafts: { save: 1 } })).toBeNull();
  });
});
