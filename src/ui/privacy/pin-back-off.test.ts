import { describe, expect, it } from 'vitest';
import { clearMisses, FREE_TRIES, missesFor, recordMiss, waitAfter, waitInWords } from './pin-back-off';

describe('PIN back-off', () => {
  it('lets a few wrong PINs through, then waits 30 s, doubling up to 5 minutes', () => {
    expect([0, 1, 2].map(waitAfter)).toEqual([0, 0, 0]);
    expect(waitAfter(FREE_TRIES)).toBe(30_000);
    expect(waitAfter(FREE_TRIES + 1)).toBe(60_000);
    expect(waitAfter(FREE_TRIES + 3)).toBe(240_000);
    expect(waitAfter(FREE_TRIES + 4)).toBe(300_000);
    expect(waitAfter(50)).toBe(300_000);
  });

  it('counts misses per profile until a right PIN clears them', () => {
    expect(recordMiss('a', 1000)).toEqual({ failures: 1, until: 1000 });
    recordMiss('a', 1000);
    expect(recordMiss('a', 2000)).toEqual({ failures: 3, until: 32_000 });
    expect(missesFor('b')).toEqual({ failures: 0, until: 0 });
    clearMisses('a');
    expect(missesFor('a')).toEqual({ failures: 0, until: 0 });
  });

  it('says a wait in words, rounding up', () => {
    expect(waitInWords(30_000)).toBe('30 seconds');
    expect(waitInWords(400)).toBe('1 second');
    expect(waitInWords(60_000)).toBe('1 minute');
    expect(waitInWords(61_000)).toBe('2 minutes');
  });
});
