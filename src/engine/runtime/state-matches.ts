import type { PatientState, PatientStateVariable, StateCondition } from '../format/scenario.types';

/**
 * True when every listed variable is within its bounds: the rule a
 * conditional route's `when` follows. Kept apart from the machine setup so
 * code that only needs the rule (the debrief) does not pull in XState.
 */
export function stateMatches(state: PatientState, when: StateCondition): boolean {
  for (const variable in when) {
    const range = when[variable as PatientStateVariable];
    const value = state[variable as PatientStateVariable];
    if (!range) continue;
    if (range.atLeast !== undefined && value < range.atLeast) return false;
    if (range.atMost !== undefined && value > range.atMost) return false;
  }
  return true;
}
