import { describe, expect, it } from 'vitest';
import shipped from './coder-weights.json';
import type { CoderWeights } from './linear-model';
import { packRow, packWeights, unpackRow, unpackWeights, type PackedCoderWeights } from './packed-weights';

describe('packed coder weights', () => {
  it('give back every weight in hundredths, small, large, negative and zero', () => {
    const row = [0, 0.01, -0.01, 0.44, -0.44, 0.45, -0.45, 0.46, 1.37, -2.74, 4.83, 12.34, -83.25, 0.3];
    const packed = packRow(row);
    expect(unpackRow(packed, row.length)).toEqual(row);
    // Zero and the small weights that most of a row holds take one character each.
    expect(packRow([0, 0.01, -0.44])).toHaveLength(3);
  });

  it('write nothing JSON or a template literal would have to escape', () => {
    const every = Array.from({ length: 2000 }, (_, at) => (at - 1000) / 100);
    expect(packRow(every)).not.toMatch(/["\\`$]/);
    expect(unpackRow(packRow(every), every.length)).toEqual(every);
  });

  it('refuse a weight too large to pack, and a row of the wrong width or with a stray character', () => {
    expect(() => packRow([84])).toThrow(/too large/);
    expect(() => unpackRow(packRow([0.1, 0.2]), 3)).toThrow(/2 weights, not 3/);
    expect(() => unpackRow('"', 1)).toThrow(/unexpected character/);
  });

  it('unpack the shipped file to weights that pack back to the same file', () => {
    const packed = shipped as unknown as PackedCoderWeights;
    const weights: CoderWeights = unpackWeights(packed);
    expect(Object.keys(weights.features)).toHaveLength(Object.keys(packed.features).length);
    expect(packWeights(weights)).toEqual(packed);
  });
});
