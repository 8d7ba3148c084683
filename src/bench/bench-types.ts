/** One line of bench output: a measure at one size, printed as a single JSON line. */
export interface BenchLine {
  measure: string;
  // undefined fields are dropped by JSON.stringify, so measures may yield unions of shapes.
  [field: string]: string | number | boolean | null | undefined;
}

/** What every measure gets: the sizes asked for and how many runs to take at each. */
export interface BenchContext {
  /** Scenario sizes in nodes (default 100, 1,000, 10,000). */
  sizes: number[];
  /** Timed runs at a size (fewer for the largest, which are slow). */
  runsFor: (nodes: number) => number;
}

/**
 * A benchmark. To add one: write src/bench/measures/<name>.ts exporting a
 * BenchMeasure, and add it to the list in src/bench/measures/index.ts.
 * `run` yields lines as they are measured, so slow sizes show progress.
 */
export interface BenchMeasure {
  /** Kebab-case; also the `measure` field of its lines (or their prefix). */
  name: string;
  description: string;
  run: (context: BenchContext) => AsyncIterable<BenchLine> | Iterable<BenchLine>;
}
