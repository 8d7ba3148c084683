/** Small timing helpers: medians of wall-clock runs after a warm-up. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Milliseconds one call of `fn` takes. */
export function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Median milliseconds of `fn` over `runs` runs, after one untimed warm-up so
 * the JIT has seen the code. `fn` may return its own figure (e.g. a per-choice
 * average), which is used instead of the wall time.
 */
export function medianMs(runs: number, fn: () => number | void): number {
  warmUp(fn);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const own = fn();
    samples.push(typeof own === 'number' ? own : performance.now() - start);
  }
  return median(samples);
}

/** Runs `fn` until the JIT has had a fair look: 3 calls and 200 ms, at most 50 calls. */
function warmUp(fn: () => unknown): void {
  const start = performance.now();
  for (let i = 0; i < 50 && (i < 3 || performance.now() - start < 200); i += 1) fn();
}

/**
 * Medians of two contenders measured alternately (A, B, A, B, …) after a
 * warm-up of each, so load from other processes on a shared machine hits both
 * alike and the ratio stays meaningful even when the milliseconds drift.
 */
export function compareMedians(runs: number, a: () => number | void, b: () => number | void): [number, number] {
  const sample = (fn: () => number | void): number => {
    const start = performance.now();
    const own = fn();
    return typeof own === 'number' ? own : performance.now() - start;
  };
  warmUp(a);
  warmUp(b);
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    as.push(sample(a));
    bs.push(sample(b));
  }
  return [median(as), median(bs)];
}

/** Rounds for printing: 4 significant decimals is plenty on a shared machine. */
export const round = (value: number, digits = 4): number => Number(value.toFixed(digits));

/** The standard comparison line: both figures, their ratio and the target ratio. */
export function comparison(measure: string, nodes: number, runs: number, commonGroundMs: number, inkjsMs: number, target: number) {
  const ratio = commonGroundMs / inkjsMs;
  return {
    measure,
    nodes,
    commonGround_ms: round(commonGroundMs),
    inkjs_ms: round(inkjsMs),
    ratio: round(ratio, 3),
    target,
    meetsTarget: ratio <= target,
    runs,
  };
}
