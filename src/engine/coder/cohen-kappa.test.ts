import { describe, expect, it } from 'vitest';
import { categoryKappa, cohenKappa } from './cohen-kappa';

describe("Cohen's kappa", () => {
  it('is 1 for perfect agreement and 0 for agreement no better than chance', () => {
    expect(cohenKappa(['a', 'b', 'a', 'b'], ['a', 'b', 'a', 'b'])).toBe(1);
    expect(cohenKappa(['a', 'a', 'b', 'b'], ['a', 'b', 'a', 'b'])).toBe(0);
  });

  it('matches a worked example', () => {
    // 50 items: both yes 20, both no 15, A yes/B no 5, A no/B yes 10 → po 0.7, pe 0.5, κ 0.4.
    const a = [
      ...Array<string>(20).fill('y'),
      ...Array<string>(15).fill('n'),
      ...Array<string>(5).fill('y'),
      ...Array<string>(10).fill('n'),
    ];
    const b = [
      ...Array<string>(20).fill('y'),
      ...Array<string>(15).fill('n'),
      ...Array<string>(5).fill('n'),
      ...Array<string>(10).fill('y'),
    ];
    expect(cohenKappa(a, b)).toBeCloseTo(0.4, 10);
  });

  it('scores one category against the rest', () => {
    expect(categoryKappa(['q', 'r', 'q', 'o'], ['q', 'q', 'q', 'o'], 'q')).toBeCloseTo(0.5, 10);
  });

  it('refuses codings of different lengths', () => {
    expect(() => cohenKappa(['a'], ['a', 'b'])).toThrow();
  });
});
