/**
 * Raw points per dimension for one turn. Four dimensions are the meters'
 * own changes, so the debrief's dimension scores can never contradict the
 * meters the trainee watched:
 *   trust = change in trust;  bond = fall in anger;
 *   goals = change in goal agreement;  tasks = change in task agreement.
 * The fifth, communication, scores the form of the response itself: the
 * rubric weight of each distinct code tagged `communication` (reflections,
 * open questions, summaries, asking permission; jargon and question strings
 * cost). A building code repeated from the previous turn earns half, and a
 * limit (LIM) earns its weight only when it is warranted.
 * Summed over a conversation, the first four telescope to end minus start.
 */
import type { PatientState } from '../format/scenario.types';
import { DIMENSIONS, type BehaviourCode, type Dimension } from '../scoring/scoring.types';
import { LIM_CODE, LIM_MISPLACED_WEIGHT, REPEAT_FACTOR } from './parameters';
import { limitWarranted } from './patient-step';
import { codeById } from './rubric';

export type DimVector = Record<Dimension, number>;
type Lookup = (id: string) => BehaviourCode | undefined;

export const zeroVector = (): DimVector => ({ goals: 0, tasks: 0, bond: 0, trust: 0, communication: 0 });

export function addVectors(a: DimVector, b: DimVector): DimVector {
  const out = zeroVector();
  for (const d of DIMENSIONS) out[d] = a[d] + b[d];
  return out;
}

/** Signed communication weight a code earns this turn. */
export function codePoints(code: BehaviourCode, angerBefore: number, previousCodes: readonly string[]): number {
  const weight = code.id === LIM_CODE && !limitWarranted(angerBefore) ? LIM_MISPLACED_WEIGHT : code.weight;
  return weight > 0 && previousCodes.includes(code.id) ? weight * REPEAT_FACTOR : weight;
}

/** The communication points of a turn's codes. */
export function communicationPoints(
  codes: readonly string[],
  angerBefore: number,
  previousCodes: readonly string[] = [],
  lookup: Lookup = codeById,
): number {
  let sum = 0;
  for (const id of new Set(codes)) {
    const code = lookup(id);
    if (code?.dimensions.includes('communication')) sum += codePoints(code, angerBefore, previousCodes);
  }
  return sum;
}

/** Raw points per dimension for one turn, from the states before and after it. */
export function turnRaw(
  codes: readonly string[],
  before: PatientState,
  after: PatientState,
  previousCodes: readonly string[] = [],
  lookup: Lookup = codeById,
): DimVector {
  return {
    goals: after.goalAgreement - before.goalAgreement,
    tasks: after.taskAgreement - before.taskAgreement,
    bond: before.anger - after.anger,
    trust: after.trust - before.trust,
    communication: communicationPoints(codes, before.anger, previousCodes, lookup),
  };
}
