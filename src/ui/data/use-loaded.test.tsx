import { act, renderHook, waitFor } from '@testing-library/react';
import { useCallback, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useLoaded } from './use-loaded';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (cause: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useLoaded', () => {
  it('is loading, then ready with the data', async () => {
    const read = deferred<string>();
    const load = () => read.promise;
    const { result } = renderHook(() => useLoaded(load));
    expect(result.current).toMatchObject({ status: 'loading', data: null, error: null });
    read.resolve('records');
    await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', data: 'records', error: null }));
  });

  it('stays loading while there is nothing to load from yet', () => {
    const { result } = renderHook(() => useLoaded<string>(null, { initial: 'remembered' }));
    expect(result.current).toMatchObject({ status: 'loading', data: 'remembered' });
  });

  it('says why a read failed, keeps the last good data, and reads again on reload', async () => {
    let answer: Promise<string> = Promise.resolve('first');
    const load = () => answer;
    const { result } = renderHook(() => useLoaded(load));
    await waitFor(() => expect(result.current.status).toBe('ready'));

    answer = Promise.reject(new Error('The disk is full.'));
    act(() => result.current.reload());
    await waitFor(() => expect(result.current).toMatchObject({ status: 'failed', data: 'first', error: 'The disk is full.' }));

    answer = Promise.resolve('second');
    act(() => result.current.reload());
    await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', data: 'second' }));
  });

  it('drops the answer of a read its inputs have moved on from', async () => {
    const slow = deferred<string>();
    const { result } = renderHook(() => {
      const [id, setId] = useState('a');
      const load = useCallback(() => (id === 'a' ? slow.promise : Promise.resolve(`record ${id}`)), [id]);
      return { loaded: useLoaded(load), setId };
    });
    act(() => result.current.setId('b'));
    await waitFor(() => expect(result.current.loaded.data).toBe('record b'));
    slow.resolve('record a');
    await slow.promise;
    expect(result.current.loaded).toMatchObject({ status: 'ready', data: 'record b' });
  });

  it('aborts a dropped read and lets go of what it held or brought late', async () => {
    const late = deferred<string>();
    const released: string[] = [];
    const signals: AbortSignal[] = [];
    const { result, unmount } = renderHook(() => {
      const [id, setId] = useState('a');
      const load = useCallback(
        (signal: AbortSignal) => {
          signals.push(signal);
          return id === 'b' ? late.promise : Promise.resolve(`open ${id}`);
        },
        [id],
      );
      return { loaded: useLoaded(load, { release: (data) => void released.push(data) }), setId };
    });
    await waitFor(() => expect(result.current.loaded.data).toBe('open a'));
    act(() => result.current.setId('b'));
    expect(released).toEqual(['open a']);
    act(() => result.current.setId('c'));
    expect(signals.map((signal) => signal.aborted)).toEqual([true, true, false]);
    await waitFor(() => expect(result.current.loaded.data).toBe('open c'));
    late.resolve('open b');
    await waitFor(() => expect(released).toEqual(['open a', 'open b']));
    unmount();
    expect(released).toEqual(['open a', 'open b', 'open c']);
  });
});
