/**
 * Plain-language reasons for the decision review, built from the rubric's
 * definitions and the patient model's rules. Second person, kind, specific.
 */
import type { PatientState } from '../format/scenario.types';
import { GATED_CODES, GATING_ANGER_THRESHOLD, LIM_CODE, LIM_HELPFUL_ANGER } from '../model/parameters';
import { codeById } from '../model/rubric';
import type { BehaviourCode } from './scoring.types';

/** Injustice at or above this is worth mentioning in the explanation. */
const NOTABLE_INJUSTICE = 50;

const known = (codes: readonly string[]): BehaviourCode[] =>
  [...new Set(codes)].map((id) => codeById(id)).filter((c): c is BehaviourCode => c !== undefined);

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const stripStop = (s: string) => s.replace(/\.\s*$/, '');

/** "it reflects the feeling…" for the code that matters most in a turn. */
function lead(codes: BehaviourCode[]): BehaviourCode | undefined {
  const damaging = codes.filter((c) => c.direction === 'damaging').sort((a, b) => a.weight - b.weight);
  return damaging[0] ?? [...codes].sort((a, b) => b.weight - a.weight)[0];
}

export function describeCodes(codes: readonly string[]): string {
  const list = known(codes);
  const main = lead(list);
  if (!main) return 'carried no rubric behaviour';
  const names = list.map((c) => `${c.name.toLowerCase()} (${c.id})`);
  const joined = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
  return `was ${joined}: it ${lowerFirst(stripStop(main.definition))}`;
}

/** Why the patient model treated this turn as it did. */
export function contextNotes(codes: readonly string[], before: PatientState, previousCodes: readonly string[]): string[] {
  const ids = new Set(codes);
  const notes: string[] = [];
  const gated = [...ids].filter((id) => GATED_CODES.includes(id));
  if (gated.length && before.anger >= GATING_ANGER_THRESHOLD)
    notes.push(
      `The patient's anger was ${before.anger} out of 100, so goal and task work landed at half strength: connect before you direct.`,
    );
  const repeated = [...ids].filter((id) => previousCodes.includes(id) && (codeById(id)?.weight ?? 0) > 0);
  if (repeated.length)
    notes.push(
      `You had just used ${repeated.map((id) => codeById(id)!.name.toLowerCase()).join(' and ')}; the same move twice in a row counts for half.`,
    );
  if (ids.has(LIM_CODE) && before.anger < LIM_HELPFUL_ANGER)
    notes.push('A limit set with a patient who is not escalated tends to come across as a rebuff.');
  if (before.injustice >= NOTABLE_INJUSTICE && known(codes).some((c) => c.direction === 'damaging'))
    notes.push(
      `This patient feels treated unfairly (${before.injustice}/100), so trust comes back and anger eases slowly: a setback here takes several good turns to undo.`,
    );
  return notes;
}

export interface Explained {
  codes: readonly string[];
  feedback: string | null;
}

/** The review's "why": what you did, what the model made of it, and the stronger option if there was one. */
export function explainDecision(
  chosen: Explained,
  better: (Explained & { text: string | null }) | null,
  before: PatientState,
  previousCodes: readonly string[],
): string {
  const parts: string[] = [];
  if (chosen.feedback) parts.push(chosen.feedback);
  parts.push(`Your response ${describeCodes(chosen.codes)}.`);
  parts.push(...contextNotes(chosen.codes, before, previousCodes));
  if (better) {
    const quote = better.text ? `"${better.text}"` : 'Letting the silence run';
    parts.push(`A stronger option here: ${quote}, which ${describeCodes(better.codes)}.`);
    if (better.codes.includes('INJ') && before.injustice >= NOTABLE_INJUSTICE)
      parts.push('With a patient who feels treated unfairly, naming the unfairness speaks to what often sits under the anger.');
    if (better.feedback) parts.push(better.feedback);
  } else {
    parts.push('That was the strongest response available at this point.');
  }
  return parts.join(' ');
}

/** "validating (VAL) and complex reflection (CR)": codes by name, without their definitions. */
function names(codes: readonly string[]): string {
  const list = known(codes).map((c) => `${c.name.toLowerCase()} (${c.id})`);
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : (list[0] ?? 'no rubric behaviour');
}

/**
 * The "why" without the codes' definitions, which the debrief shows on
 * request: the author's note on this response (or the codes by name when
 * there is none), what the patient model made of the moment, and the codes
 * the stronger option carried.
 */
export function briefWhy(
  chosen: Explained,
  betterCodes: readonly string[] | null,
  before: PatientState,
  previousCodes: readonly string[],
): string {
  const parts = [chosen.feedback ?? `Your response was ${names(chosen.codes)}.`, ...contextNotes(chosen.codes, before, previousCodes)];
  if (betterCodes?.length) parts.push(`The stronger option was ${names(betterCodes)}.`);
  return parts.join(' ');
}

/** Evidence ids behind a set of codes, in rubric order, without duplicates. */
export function evidenceFor(...codeLists: (readonly string[])[]): string[] {
  const ids = new Set<string>();
  for (const list of codeLists) for (const code of known(list)) for (const id of code.evidence) ids.add(id);
  return [...ids];
}

/** Design choices (this simulator's parameters) back a code but carry no finding of their own. */
const isDesignChoice = (id: string) => id.startsWith('design-');

/**
 * The one or two sources that carry a decision's point, the rest being on
 * request. Rule: the "why" turns on one code on each side (`lead`: the most
 * damaging code, else the strongest), so each side contributes the first
 * source its lead code lists, skipping design choices; rubric.json lists a
 * code's defining source first. With no stronger option, your lead code's
 * first two sources.
 */
export function keyEvidence(chosenCodes: readonly string[], betterCodes: readonly string[]): string[] {
  const sources = (codes: readonly string[]) => lead(known(codes))?.evidence.filter((id) => !isDesignChoice(id)) ?? [];
  const mine = sources(chosenCodes);
  if (betterCodes.length === 0) return mine.slice(0, 2);
  return [...new Set([mine[0], sources(betterCodes)[0]].filter((id): id is string => id !== undefined))];
}
