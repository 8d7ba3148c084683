import { codeById } from '../model/rubric';
import type { PatientStateVariable, Scenario, StateCondition, StateEffects } from './scenario.types';
import { PATIENT_STATE_VARIABLES } from './scenario.types';
import { canHold, exitOwner, nodeExits } from './scenario-exits';
import type { NodeExit } from './scenario-exits';
import type { Report } from './validate-ids';

/**
 * Anger and trust count as one group: a code's effect on them can depend on
 * the state (LIM calms or provokes depending on anger), so if any code moves
 * either, both are treated as changing rather than second-guessing the model.
 */
const COUPLED: readonly PatientStateVariable[] = ['anger', 'trust'];

/**
 * The variables nothing in this scenario changes, with the value each keeps:
 * no behaviour code used anywhere moves them by default (seeds/rubric.json)
 * and no choice or time limit `effects:` sets them to a non-zero change.
 */
export function constantVariables(scenario: Scenario): Map<PatientStateVariable, number> {
  const changing = new Set<string>();
  const add = (effects: StateEffects | undefined) => {
    for (const [variable, points] of Object.entries(effects ?? {})) if (points !== 0) changing.add(variable);
  };
  for (const node of scenario.nodes) {
    const exits = [...node.choices, ...(node.timeLimit ? [node.timeLimit] : [])];
    for (const exit of exits) {
      for (const code of exit.codes ?? []) add(codeById(code)?.effect);
      add(exit.effects);
    }
  }
  if (COUPLED.some((variable) => changing.has(variable))) for (const variable of COUPLED) changing.add(variable);
  return new Map(PATIENT_STATE_VARIABLES.filter((v) => !changing.has(v)).map((v) => [v, scenario.initialState[v]]));
}

/** Whether a constant value meets one variable's range of a condition. */
function meets(value: number, range: NonNullable<StateCondition[PatientStateVariable]>): boolean {
  return (range.atLeast === undefined || value >= range.atLeast) && (range.atMost === undefined || value <= range.atMost);
}

/** True when the condition can never hold because a variable it tests stays outside its range. */
export function constantlyFalse(when: StateCondition | undefined, constants: ReadonlyMap<PatientStateVariable, number>): boolean {
  for (const [variable, value] of constants) {
    const range = when?.[variable];
    if (range && !meets(value, range)) return true;
  }
  return false;
}

/**
 * SCN071: a condition on a variable that keeps its initial value all
 * conversation long, so that part of the condition is decided before the
 * trainee says a word. Ranges with no real bound (SCN042) and impossible
 * ranges (SCN041) have their own codes.
 */
export function validateConstantConditions(scenario: Scenario, report: Report, exits: readonly NodeExit[] = nodeExits(scenario)): void {
  const constants = constantVariables(scenario);
  if (constants.size === 0) return;
  for (const exit of exits) {
    (exit.routes ?? []).forEach((route, i) => {
      if (!route.when || !canHold(route.when)) return;
      for (const [variable, value] of constants) {
        const range = route.when[variable];
        if (!range || ((range.atLeast ?? 0) <= 0 && (range.atMost ?? 100) >= 100)) continue;
        const holds = meets(value, range);
        const outcome = holds ? 'always true' : 'always false and the route is never taken';
        report(
          'SCN071',
          `${exitOwner(scenario, exit)}: route ${i + 1} tests ${variable}, which nothing in this scenario changes: it stays at its initial value ${value}, so this condition is ${outcome}.`,
          [...exit.path, 'routes', i, 'when', variable],
        );
      }
    });
  }
}
