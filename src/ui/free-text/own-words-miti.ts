import type { FreeTextTurn } from '../../storage/storage.types';

export interface OwnWordsMiti {
  /** Reflections for each question in the trainee's own words; null without a question. */
  reflectionToQuestion: number | null;
  /** Share of those reflections that were complex, 0–100; null without a reflection. */
  percentComplexReflections: number | null;
  questions: number;
  reflections: number;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * MITI 4.2.1's reflection-to-question ratio and percent complex reflections,
 * counted from what the response coder read in the trainee's own words
 * (behaviour and sub-label), not from the authored options they went on through.
 */
export function ownWordsMiti(turns: readonly FreeTextTurn[]): OwnWordsMiti {
  const questions = turns.filter((turn) => turn.behaviour === 'question').length;
  const reflections = turns.filter((turn) => turn.behaviour === 'reflection');
  const complex = reflections.filter((turn) => turn.kind === 'complex').length;
  return {
    reflectionToQuestion: questions === 0 ? null : round(reflections.length / questions, 2),
    percentComplexReflections: reflections.length === 0 ? null : round((100 * complex) / reflections.length, 1),
    questions,
    reflections: reflections.length,
  };
}
