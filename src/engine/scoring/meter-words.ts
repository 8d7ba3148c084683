/** A decision's effect on the patient's meters, in plain words for the debrief. */
import type { PatientState, PatientStateVariable } from '../format/scenario.types';

/** The meters in the order they break ties; `own` ones read as the patient's ("Dana's anger"). */
const METERS: readonly { variable: PatientStateVariable; words: string; own: boolean }[] = [
  { variable: 'anger', words: 'anger', own: true },
  { variable: 'trust', words: 'trust', own: true },
  { variable: 'goalAgreement', words: 'agreement on goals', own: false },
  { variable: 'taskAgreement', words: 'agreement on tasks', own: false },
  { variable: 'injustice', words: 'sense of injustice', own: true },
];

/** How many meters a sentence names: the two that moved most say what happened. */
const NAMED = 2;

/** "Dariusz Nowak" → "Dariusz": the debrief speaks of the patient by first name. */
export const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * "Dariusz's anger rose from 62 to 70 and trust fell from 20 to 15": the
 * two meters that moved most, without a full stop. When nothing moved, says so.
 */
export function describeMovement(name: string, before: PatientState, after: PatientState): string {
  const moved = METERS.filter((m) => after[m.variable] !== before[m.variable])
    .sort((a, b) => Math.abs(after[b.variable] - before[b.variable]) - Math.abs(after[a.variable] - before[a.variable]))
    .slice(0, NAMED);
  if (moved.length === 0) return `Nothing moved: ${name}'s anger stayed at ${after.anger} and trust at ${after.trust}`;
  const parts = moved.map((m, i) => {
    const from = before[m.variable];
    const to = after[m.variable];
    const owner = m.own ? (i === 0 ? `${name}'s ` : '') : '';
    return `${owner}${m.words} ${to > from ? 'rose' : 'fell'} from ${from} to ${to}`;
  });
  return upperFirst(parts.join(' and '));
}
