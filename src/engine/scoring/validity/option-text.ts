/**
 * The surface form of an option's text: what a content-blind strategy (and
 * a trainee who is guessing) can see without reading for meaning.
 */

/** Length in characters, ignoring surrounding white space. */
export const charLength = (text: string): number => text.trim().length;

/** Words, counted as runs of non-space characters. */
export const wordCount = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

/** Whether the option reads as a question (ends in "?" after trimming). */
export const endsWithQuestion = (text: string): boolean => text.trim().endsWith('?');
