import { validateConstantConditions } from './constant-conditions';
import type { Diagnostic } from './diagnostic.types';
import { makeDiagnostic } from './make-diagnostic';
import { nodeExits } from './scenario-exits';
import { validateShadowedRoutes } from './route-shadowing';
import type { Scenario } from './scenario.types';
import { validateSelfLoops } from './self-loops';
import { validateSetting } from './validate-setting';
import { validateTimeoutOnlyNodes } from './timeout-only-nodes';
import { validateGraph } from './validate-graph';
import { validateIds } from './validate-ids';
import type { Report } from './validate-ids';
import { validateMedia } from './validate-media';
import { validateText } from './validate-text';
import { validateTransitions } from './validate-transitions';
import { validateValues } from './validate-values';

export interface ValidateOptions {
  /** The file as the caller names it; a `<id>.scenario.yaml` name enables the id check. */
  file?: string;
  /**
   * Whether `public/<path>` exists. Given by Node-side tools only (the
   * engine never touches the file system); enables SCN047.
   */
  publicFileExists?: (publicPath: string) => boolean;
}

/**
 * Graph and meaning checks on a scenario that has the right shape: ids,
 * links, routes, conditions, reachability, story cut off, media, hidden
 * characters. Diagnostics carry a path and line/col 0; checkScenarioSource
 * fills positions from the source.
 */
export function validateScenario(scenario: Scenario, options: ValidateOptions = {}): Diagnostic[] {
  const file = options.file ?? 'scenario';
  const diagnostics: Diagnostic[] = [];
  const report: Report = (code, message, path) => diagnostics.push(makeDiagnostic(code, message, path, file));
  // Listed once and shared: most checks walk every choice and time limit.
  const exits = nodeExits(scenario);
  validateIds(scenario, file, report);
  validateValues(scenario, report, exits);
  validateSetting(scenario, report);
  validateTransitions(scenario, report, exits);
  validateGraph(scenario, report, exits);
  // Content that checks clean yet cuts off part of the story (SCN070–SCN073).
  validateShadowedRoutes(scenario, report, exits);
  validateConstantConditions(scenario, report, exits);
  validateTimeoutOnlyNodes(scenario, report, exits);
  validateSelfLoops(scenario, report, exits);
  validateMedia(scenario, report, options.publicFileExists);
  validateText(scenario, report);
  return diagnostics;
}
