import { describe, expect, it, vi } from 'vitest';
import { createListeners } from './listeners';

describe('createListeners', () => {
  it('tells every subscriber, and no longer one that unsubscribed', () => {
    const listeners = createListeners<number>();
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = listeners.subscribe(first);
    listeners.subscribe(second);
    listeners.emit(1);
    stopFirst();
    listeners.emit(2);
    expect(first.mock.calls).toEqual([[1]]);
    expect(second.mock.calls).toEqual([[1], [2]]);
    expect(listeners.has(first)).toBe(false);
    expect(listeners.has(second)).toBe(true);
  });

  it('does not deliver to a listener another listener removed during the same event', () => {
    const listeners = createListeners();
    const late = vi.fn();
    let stopLate = () => {};
    listeners.subscribe(() => stopLate());
    stopLate = listeners.subscribe(late);
    listeners.emit();
    expect(late).not.toHaveBeenCalled();
  });
});
