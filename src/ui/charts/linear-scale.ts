import { ticks } from 'd3-array';

/** A linear scale: a number in the domain to a position in the range. */
export interface LinearScale {
  (value: number): number;
  /** About `count` round values spanning the domain (d3's rule, from d3-array). */
  ticks: (count?: number) => number[];
}

/**
 * The subset of d3-scale's scaleLinear the trainee's charts use, and the same
 * arithmetic. d3-scale itself brings colour and number-format code (about
 * 7 KB gzip) the debrief and history would download for nothing; the
 * instructor dashboard still uses it.
 */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): LinearScale {
  const span = d1 - d0;
  const scale = (value: number) => {
    // d3 puts every value in the middle of the range when the domain is one point.
    const t = span ? (value - d0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  return scale;
}

/** Where each key's band starts, for equal bands without padding (d3's scaleBand with its defaults). */
export function bandScale(keys: readonly string[], [r0, r1]: readonly [number, number]): (key: string) => number | undefined {
  const index = new Map<string, number>();
  for (const key of keys) if (!index.has(key)) index.set(key, index.size);
  const step = index.size === 0 ? 0 : (r1 - r0) / index.size;
  return (key) => {
    const i = index.get(key);
    return i === undefined ? undefined : r0 + i * step;
  };
}
