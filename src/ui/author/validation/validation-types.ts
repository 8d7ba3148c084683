import type { CheckResult, CompiledScenario, Diagnostic, ScenarioStats } from '../../../engine/authoring';
import type { GraphLayout } from '../graph/graph-model';

/** What the page asks the validation worker to check. */
export interface ValidationRequest {
  /** Increases with every edit; results for older versions are dropped. */
  version: number;
  source: string;
  fileName: string;
  /**
   * false: the quick check (parse, schema, graph), answered within about a
   * tenth of a second on 1,000 nodes. true: the CLI's full check, adding the
   * route analysis and its lints, which can take seconds on large files.
   */
  analyse: boolean;
  /** The key of the graph the page already shows; an identical graph is not sent again. */
  haveGraph?: string | null;
}

/** The answer: the checker's own diagnostics plus what the page draws from them. */
export interface ValidationResult {
  version: number;
  analysed: boolean;
  ok: CheckResult['ok'];
  diagnostics: Diagnostic[];
  stats: ScenarioStats | null;
  /** The built form (with `analysis` when analysed), when there are no errors. */
  compiled: CompiledScenario | null;
  /** Null when the file does not have a scenario's shape yet, or when `graphUnchanged`. */
  graph: GraphLayout | null;
  /** A hash of the graph, for `haveGraph`. */
  graphKey: string | null;
  /** The graph equals the one the page has (`haveGraph`), so it was left out of this result. */
  graphUnchanged: boolean;
  /** Milliseconds the check took inside the worker. */
  elapsedMs: number;
}
