import type { Distribution, SummaryStats } from './cohort.types';

const BIN_WIDTH = 10;
const BIN_COUNT = 10;

/** Linear-interpolated quantile of sorted values (the same rule as d3.quantileSorted). */
function quantileSorted(sorted: Float64Array, p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below] ?? 0;
  const high = sorted[below + 1] ?? low;
  return low + (high - low) * (position - below);
}

export function summarise(values: number[]): SummaryStats | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    n: sorted.length,
    min: sorted[0] ?? 0,
    q1: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    q3: quantileSorted(sorted, 0.75),
    max: sorted[sorted.length - 1] ?? 0,
    mean: sum / sorted.length,
  };
}

/** Ten 10-point bins over 0–100; out-of-range scores are clamped into the end bins. */
export function distribution(values: number[]): Distribution {
  const counts = new Array<number>(BIN_COUNT).fill(0);
  for (const value of values) {
    const index = Math.min(BIN_COUNT - 1, Math.max(0, Math.floor(value / BIN_WIDTH)));
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return {
    stats: summarise(values),
    bins: counts.map((count, i) => ({ from: i * BIN_WIDTH, to: (i + 1) * BIN_WIDTH, count })),
  };
}
