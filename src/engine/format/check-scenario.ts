import { compileScenario } from '../runtime/compile-scenario';
import type { CompiledScenario } from '../runtime/compile-scenario';
import { analyseScenario } from '../scoring/analyse-scenario';
import { lintScenario } from '../scoring/lint-scenario';
import type { ScenarioAnalysis } from '../scoring/scoring.types';
import { analyseValidity, type ValidityStats } from '../scoring/validity/analyse-validity';
import { routeSteps, type RouteStep } from '../scoring/validity/route-steps';
import type { Diagnostic } from './diagnostic.types';
import { makeDiagnostic, sortDiagnostics } from './make-diagnostic';
import { internalError, parseScenarioShape } from './parse-scenario';
import { placeDiagnostics } from './place-diagnostics';
import type { Scenario } from './scenario.types';
import { createSourceLocator } from './source-locator';
import { validateScenario } from './validate-scenario';
import type { ValidateOptions } from './validate-scenario';

/** Counts an instructor sees next to a checked file, plus analysis when it ran. */
export interface ScenarioStats {
  nodes: number;
  /** Nodes that offer the trainee more than one response. */
  decisionPoints: number;
  endings: number;
  choices: number;
  timedNodes: number;
  bestScore?: number;
  worstScore?: number;
  bestOutcome?: string | null;
  worstOutcome?: string | null;
  routes?: number;
  /** False when the analysis hit its budget and its figures are estimates. */
  exactAnalysis?: boolean;
  /** The analysis's best and worst routes, turn by turn. */
  bestRoute?: RouteStep[];
  worstRoute?: RouteStep[];
  /** How far the score can be earned without the skill (content-blind strategies, option cues, expert MITI). */
  validity?: ValidityStats;
}

export interface CheckResult {
  file: string;
  id: string | null;
  title: string | null;
  /** No error diagnostics (warnings and info allowed). */
  ok: boolean;
  diagnostics: Diagnostic[];
  stats: ScenarioStats | null;
  /** The built form with analysis attached, when the file has no errors. */
  compiled: CompiledScenario | null;
}

export interface CheckOptions extends Omit<ValidateOptions, 'file'> {
  /** Run the route analysis and its lints (default true); off for quick checks. */
  analyse?: boolean;
  /** Most conversation states the analysis may expand (default ANALYSIS_STATE_BUDGET). */
  analysisMaxStates?: number;
}

interface Analysed {
  compiled: CompiledScenario;
  analysis: ScenarioAnalysis;
  validity: ValidityStats;
}

function statsOf(scenario: Scenario, analysed: Analysed | null): ScenarioStats {
  const stats: ScenarioStats = {
    nodes: scenario.nodes.length,
    decisionPoints: scenario.nodes.filter((n) => n.choices.length > 1).length,
    endings: scenario.endings.length,
    choices: scenario.nodes.reduce((sum, n) => sum + n.choices.length, 0),
    timedNodes: scenario.nodes.filter((n) => n.timeLimit).length,
  };
  if (!analysed) return stats;
  const { compiled, analysis, validity } = analysed;
  return {
    ...stats,
    bestScore: analysis.bestScore,
    worstScore: analysis.worstScore,
    bestOutcome: analysis.bestOutcome,
    worstOutcome: analysis.worstOutcome,
    routes: analysis.routes.count,
    exactAnalysis: analysis.exact,
    bestRoute: routeSteps(compiled, analysis.bestRoute),
    worstRoute: routeSteps(compiled, analysis.worstRoute),
    validity,
  };
}

function analyse(
  compiled: CompiledScenario,
  file: string,
  options: CheckOptions,
): { analysed: Analysed | null; diagnostics: Diagnostic[] } {
  try {
    const analysis = analyseScenario(compiled, { maxStates: options.analysisMaxStates });
    compiled.analysis = analysis;
    const validity = analyseValidity(compiled, analysis);
    // Lints report line 0; checkScenarioSource places them from their paths.
    return { analysed: { compiled, analysis, validity }, diagnostics: lintScenario(compiled, analysis, { file, validity }) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      analysed: null,
      diagnostics: [
        makeDiagnostic('SCN061', `The route analysis failed (${detail}); statistics and lints are missing.`, [], file, { line: 1, col: 1 }),
      ],
    };
  }
}

/**
 * The whole check for one file: parse → validate → compile → analyse →
 * lint. Every diagnostic has a line and column; never throws on author input.
 */
export function checkScenarioSource(source: string, file: string, options: CheckOptions = {}): CheckResult {
  // Diagnostics are likely here (an author is typing): record positions during the one read.
  const locator = createSourceLocator(source, { recordWhileReading: true });
  const result: CheckResult = { file, id: null, title: null, ok: false, diagnostics: [], stats: null, compiled: null };
  try {
    const parsed = parseScenarioShape(source, file, { locator });
    const diagnostics = [...parsed.diagnostics];
    const scenario = parsed.scenario;
    if (scenario) {
      Object.assign(result, { id: scenario.id, title: scenario.title });
      diagnostics.push(...validateScenario(scenario, { ...options, file }));
      let analysed: Analysed | null = null;
      if (!diagnostics.some((d) => d.severity === 'error')) {
        const compiled = compileScenario(scenario);
        if (options.analyse !== false) {
          const run = analyse(compiled, file, options);
          analysed = run.analysed;
          diagnostics.push(...run.diagnostics);
        }
        result.compiled = compiled;
      }
      result.stats = statsOf(scenario, analysed);
    }
    result.diagnostics = sortDiagnostics(placeDiagnostics(diagnostics, locator));
  } catch (error) {
    result.diagnostics = [...result.diagnostics, internalError(error, file)];
    result.compiled = null;
  }
  result.ok = !result.diagnostics.some((d) => d.severity === 'error');
  if (!result.ok) result.compiled = null;
  return result;
}
