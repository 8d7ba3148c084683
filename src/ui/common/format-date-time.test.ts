import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format-date-time';

describe('formatDateTime', () => {
  it('writes the local date with the month as a word and a 24-hour time', () => {
    expect(formatDateTime(new Date(2026, 10, 27, 16, 2).getTime())).toBe('27 Nov 2026, 16:02');
    expect(formatDateTime(new Date(2025, 0, 5, 9, 30).getTime())).toBe('5 Jan 2025, 09:30');
    expect(formatDateTime(new Date(2024, 11, 31, 0, 0).getTime())).toBe('31 Dec 2024, 00:00');
  });

  it('writes "unknown date" for a time that is no possible date, never NaN', () => {
    for (const ms of [9e15, -9e15, Number.NaN, Number.POSITIVE_INFINITY]) expect(formatDateTime(ms), String(ms)).toBe('unknown date');
    expect(formatDateTime(8.64e15)).not.toMatch(/NaN|unknown/);
  });

  it('never touches Intl, whose first use stalls a slow phone', () => {
    const original = Intl.DateTimeFormat;
    const calls: unknown[] = [];
    const spy = new Proxy(original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        calls.push(args);
        return new target(...args);
      },
      apply(target, self, args: Parameters<typeof Intl.DateTimeFormat>) {
        calls.push(args);
        return target(...args);
      },
    });
    Intl.DateTimeFormat = spy;
    try {
      formatDateTime(Date.UTC(2026, 5, 1));
    } finally {
      Intl.DateTimeFormat = original;
    }
    expect(calls).toEqual([]);
  });
});
