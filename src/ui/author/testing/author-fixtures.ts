import { scenarioTemplate } from '../../../engine/authoring';
import { createInlineValidator } from '../validation/validator';

/** The template, which passes the checker: a small, complete scenario. */
export const GOOD = scenarioTemplate('sample');

/** The template with a broken link (SCN034) on the line of `exploring-1`'s first choice. */
export const BROKEN = GOOD.replace('next: plan-1', 'next: plan-9');

/** 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`"${needle}" not found`);
  return text.slice(0, at).split('\n').length;
}

/** Validators for jsdom (no Worker): the same checks on the test's thread. */
export const inlineValidators = () => ({ quick: createInlineValidator(), full: createInlineValidator() });

/** A File as the picker or a drop would give it. */
export function scenarioFile(text: string, name = 'sample.scenario.yaml'): File {
  return new File([text], name, { type: 'application/yaml' });
}
