import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeStore } from '../test-util/fake-store';
import { fakeSource } from '../test-util/fixtures';
import { genuineAttempt } from '../test-util/genuine-records';
import { useReloadOnChange, type ChangedTable } from './use-reload-on-change';

const ATTEMPTS: readonly ChangedTable[] = ['attempts'];
const attempt = () => genuineAttempt(fakeSource().compiled[0]!, ['reflect', 'goal']);

describe('useReloadOnChange', () => {
  it('reads again after a write to a table the screen reads, not after writes to others', async () => {
    const store = fakeStore();
    const reload = vi.fn();
    renderHook(() => useReloadOnChange(store, ATTEMPTS, reload));
    // Every turn of a conversation writes its progress, and settings change often: neither is an attempt.
    await act(() => store.inProgress.clear('p1', 'back-pain'));
    await act(() => store.settings.update({ volume: 0.5 }));
    expect(reload).not.toHaveBeenCalled();
    await act(() => store.attempts.save(attempt()));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('stops listening when the screen closes', async () => {
    const store = fakeStore();
    const reload = vi.fn();
    const { unmount } = renderHook(() => useReloadOnChange(store, ATTEMPTS, reload));
    unmount();
    await act(() => store.attempts.save(attempt()));
    expect(reload).not.toHaveBeenCalled();
  });
});
