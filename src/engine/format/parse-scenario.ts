import type { Diagnostic } from './diagnostic.types';
import { makeDiagnostic } from './make-diagnostic';
import { migrateScenario } from './migrate-scenario';
import { placeDiagnostics } from './place-diagnostics';
import { readYaml } from './read-yaml';
import { firstContent } from './syntax-hints';
import type { Scenario } from './scenario.types';
import { scenarioSchema } from './scenario-schema';
import { createSourceLocator } from './source-locator';
import type { SourceLocator } from './source-locator';
import { issuesToDiagnostics } from './zod-issues';

export interface ParseResult {
  /** The scenario when the file has no errors so far; otherwise null. */
  scenario: Scenario | null;
  diagnostics: Diagnostic[];
}

export interface ParseOptions {
  /** Share one locator with later checks so the source is indexed once. */
  locator?: SourceLocator;
}

/** Fields of which a scenario file has at least one; other YAML is not a scenario. */
const SCENARIO_MARKERS = ['schemaVersion', 'nodes', 'start', 'endings'];

/**
 * Like parseScenario, but returns the scenario whenever it has the right
 * shape, even if an earlier step reported an error (a missing
 * schemaVersion), so the checker can go on to report graph problems too.
 */
export function parseScenarioShape(source: string, file: string, options: ParseOptions = {}): ParseResult {
  const locator = options.locator ?? createSourceLocator(source);
  const read = readYaml(source, file, locator.listener);
  if (!read.data) return { scenario: null, diagnostics: read.diagnostics };
  if (!SCENARIO_MARKERS.some((key) => key in read.data)) {
    const message = 'This YAML file has none of the fields of a scenario (schemaVersion, start, nodes, endings).';
    return { scenario: null, diagnostics: [makeDiagnostic('SCN007', message, [], file, firstContent(source))] };
  }
  const migrated = migrateScenario(read.data, file);
  const diagnostics = [...migrated.diagnostics];
  let scenario: Scenario | null = null;
  if (migrated.data) {
    const result = scenarioSchema.safeParse(migrated.data);
    if (result.success) scenario = result.data;
    else diagnostics.push(...issuesToDiagnostics(result.error.issues, migrated.data, file));
  }
  return { scenario, diagnostics: placeDiagnostics(diagnostics, locator) };
}

/**
 * Source text → scenario and diagnostics (YAML syntax, size and shape,
 * format version, schema), each with a 1-based line and column. Never throws
 * on author input. Graph checks are validateScenario's; checkScenarioSource
 * runs everything.
 */
export function parseScenario(source: string, file: string, options: ParseOptions = {}): ParseResult {
  try {
    const result = parseScenarioShape(source, file, options);
    const failed = result.diagnostics.some((d) => d.severity === 'error');
    return failed ? { scenario: null, diagnostics: result.diagnostics } : result;
  } catch (error) {
    return { scenario: null, diagnostics: [internalError(error, file)] };
  }
}

/** A checker bug reported as a diagnostic, so one bad file never stops a run. */
export function internalError(error: unknown, file: string): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  return makeDiagnostic('SCN060', `The checker failed on this file (${detail}); please report it.`, [], file, { line: 1, col: 1 });
}
