/**
 * The function the validation worker runs, kept free of React and the DOM so
 * the keystroke benchmark (src/bench/measures/author-keystroke.ts) can time
 * exactly this in Node.
 */
import { checkScenarioSource, fnv1a64, parseScenarioShape, type Scenario, type SourceLocator } from '../../../engine/authoring';
import { buildGraph } from '../graph/build-graph';
import { layoutGraph } from '../graph/layout-graph';
import type { ValidationRequest, ValidationResult } from './validation-types';

/** The graph needs no positions from the parser; skipping them saves a full syntax-tree parse. */
const NO_POSITIONS: SourceLocator = { locate: () => ({ line: 1, col: 1 }) };

/**
 * The scenario for the graph when the check found errors: the checker only
 * hands back a scenario for clean files, but a file with broken links still
 * has a shape worth drawing (that is where the graph helps most).
 */
function shapeOf(source: string, fileName: string): Scenario | null {
  try {
    return parseScenarioShape(source, fileName, { locator: NO_POSITIONS }).scenario;
  } catch {
    return null;
  }
}

export function runValidation(request: ValidationRequest): ValidationResult {
  const started = performance.now();
  // The same call as `npm run check-scenarios`, so codes, lines and columns match the CLI.
  const check = checkScenarioSource(request.source, request.fileName, { analyse: request.analyse });
  const scenario = check.compiled?.scenario ?? (check.id !== null ? shapeOf(request.source, request.fileName) : null);
  let graph = null;
  if (scenario) {
    try {
      graph = layoutGraph(buildGraph(scenario, request.source), scenario.phases);
    } catch {
      graph = null; // A drawing problem must never hide the diagnostics.
    }
  }
  // Most edits leave the graph as it was: then it is not sent again, which
  // spares the page a structured clone and a redraw of a large graph.
  const graphKey = graph ? fnv1a64(JSON.stringify(graph)) : null;
  const graphUnchanged = graphKey !== null && graphKey === request.haveGraph;
  return {
    version: request.version,
    analysed: request.analyse,
    ok: check.ok,
    diagnostics: check.diagnostics,
    stats: check.stats,
    compiled: check.compiled,
    graph: graphUnchanged ? null : graph,
    graphKey,
    graphUnchanged,
    elapsedMs: performance.now() - started,
  };
}
