import { describe, expect, it } from 'vitest';
import { seededRandom } from './mulberry32';

describe('seededRandom', () => {
  it('repeats a sequence for a seed, differs between seeds, and stays in [0, 1)', () => {
    const take = (seed: number) => {
      const rand = seededRandom(seed);
      return Array.from({ length: 50 }, () => rand());
    };
    expect(take(3)).toEqual(take(3));
    expect(take(3)).not.toEqual(take(4));
    for (const x of take(5)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
