import type { DocumentPath } from './make-diagnostic';
import type { Scenario, StateEffects } from './scenario.types';
import { PATIENT_STATE_VARIABLES } from './scenario.types';
import { TIME_LIMIT_SECONDS } from './schema-parts';
import { nodeExits } from './scenario-exits';
import type { NodeExit } from './scenario-exits';
import type { Report } from './validate-ids';

const VARIABLES = new Set<string>(PATIENT_STATE_VARIABLES);

/**
 * Ranges and variable names (SCN014, SCN019, SCN020). The schema already
 * enforces these for files; this covers scenarios built in code (editors,
 * tests), which reach validateScenario without the schema.
 */
export function validateValues(scenario: Scenario, report: Report, exits: readonly NodeExit[] = nodeExits(scenario)): void {
  const inRange = (value: unknown, min: number, max: number) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
  const checkState = (state: StateEffects | undefined, path: DocumentPath, min: number) => {
    for (const [variable, value] of Object.entries(state ?? {})) {
      if (!VARIABLES.has(variable)) report('SCN019', `"${variable}" is not a patient-state variable.`, [...path, variable]);
      else if (!inRange(value, min, 100))
        report('SCN014', `${variable} must be a whole number from ${min} to 100 (found ${String(value)}).`, [...path, variable]);
    }
  };
  checkState(scenario.initialState, ['initialState'], 0);
  scenario.nodes.forEach((node, i) => {
    node.choices.forEach((choice, j) => checkState(choice.effects, ['nodes', i, 'choices', j, 'effects'], -100));
    if (node.timeLimit) {
      checkState(node.timeLimit.effects, ['nodes', i, 'timeLimit', 'effects'], -100);
      if (!inRange(node.timeLimit.seconds, TIME_LIMIT_SECONDS.min, TIME_LIMIT_SECONDS.max)) {
        report(
          'SCN020',
          `node "${node.id}": the time limit must be from ${TIME_LIMIT_SECONDS.min} to ${TIME_LIMIT_SECONDS.max} seconds (found ${node.timeLimit.seconds}).`,
          ['nodes', i, 'timeLimit', 'seconds'],
        );
      }
    }
  });
  for (const exit of exits) {
    (exit.routes ?? []).forEach((route, r) => {
      for (const [variable, range] of Object.entries(route.when ?? {})) {
        const path = [...exit.path, 'routes', r, 'when', variable];
        if (!VARIABLES.has(variable)) report('SCN019', `"${variable}" is not a patient-state variable.`, path);
        for (const [bound, value] of Object.entries(range ?? {})) {
          if (!inRange(value, 0, 100))
            report('SCN014', `${bound} must be a whole number from 0 to 100 (found ${String(value)}).`, [...path, bound]);
        }
      }
    });
  }
}
